"""Intent detection: each intent in several languages, mentions that must not be violations, spans on the cue,
and the shipped model loading offline."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import pytest

from ringfence import Context, Scanner
from ringfence.fuzz import generate
from ringfence.intent import lexicon as lx
from ringfence.intent.model import IntentModel, IntentModelError
from ringfence.intent.rules import RULES, _matches_in_one_pass, triggered_rules
from ringfence.normalize.view import lower_same_length
from ringfence.patterns import factored, re2_superset, start_keys
from ringfence.types import Kind
from support import labelled_texts

SCANNER = Scanner()
PRE = Context("message", "pre_contract")
ACTIVE = Context("message", "active_contract")


def _intents(text: str, context: Context = PRE) -> dict[Kind, list[str]]:
    result = SCANNER.scan(text, context)
    out: dict[Kind, list[str]] = {}
    for f in result.findings:
        if f.kind.is_contact or f.confidence < SCANNER.policy.min_confidence:
            continue
        out.setdefault(f.kind, []).append(f.text)
    return out


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        ("Pls add me on Telegram, I answer faster", Kind.OFF_PLATFORM_REQUEST, "add me on Telegram"),
        ("¿Me pasas tu número? así coordinamos", Kind.OFF_PLATFORM_REQUEST, "pasas tu número"),
        ("bhai apna number bhejo jaldi", Kind.OFF_PLATFORM_REQUEST, "apna number bhejo"),
        ("i-message mo ako sa Viber mamaya", Kind.OFF_PLATFORM_REQUEST, "i-message mo ako sa Viber"),
        ("ab3atli raqmak law sama7t", Kind.OFF_PLATFORM_REQUEST, "ab3atli raqmak"),
        ("I can pay through Payoneer if you like", Kind.OFF_PLATFORM_PAYMENT, "pay through Payoneer"),
        ("send the money to paypal: jennylopez88", Kind.OFF_PLATFORM_PAYMENT, "send the money to paypal"),
        ("just transfer it to Revolut", Kind.OFF_PLATFORM_PAYMENT, "transfer it to Revolut"),
        ("Je peux vous payer par Wise", Kind.OFF_PLATFORM_PAYMENT, "payer par Wise"),
        ("let's avoid the commission this time", Kind.OFF_PLATFORM_PAYMENT, "avoid the commission"),
        ("Leave me a five star review please", Kind.FEEDBACK_MANIPULATION, "Leave me a five star review"),
        ("Deixe uma avaliação positiva por favor", Kind.FEEDBACK_MANIPULATION, "Deixe uma avaliação positiva"),
        # a word that says which contact ("your best email", "your work phone")
        ("Please share your best email so we can send the test", Kind.OFF_PLATFORM_REQUEST, "your best email"),
        ("drop your work email below", Kind.OFF_PLATFORM_REQUEST, "your work email"),
        # the sender's account named, then the rail sent
        ("my binance id 384729101, send usdt", Kind.OFF_PLATFORM_PAYMENT, "send usdt"),
        ("my wallet address is below, send btc there", Kind.OFF_PLATFORM_PAYMENT, "send btc"),
        # a lower price for taking the deal outside is a payment outside
        ("I'll give you a discount if we do this outside the platform", Kind.OFF_PLATFORM_PAYMENT, "discount"),
        ("te hago un descuento si lo hacemos fuera de la plataforma", Kind.OFF_PLATFORM_PAYMENT, "descuento"),
        # the sender's own rating made a condition, with a threatened consequence
        ("If I don't get a positive review, I'll leave you a bad one", Kind.FEEDBACK_MANIPULATION, "positive"),
        # a sum of money in any currency, before or after its number, is an incentive
        ("si me das 5 estrellas te devuelvo 10 dólares", Kind.FEEDBACK_MANIPULATION, "te devuelvo 10 dólares"),
        ("leave me a 5 star review and I'll send you $15 back", Kind.FEEDBACK_MANIPULATION, "review"),
        ("finalize o contrato e deixa o feedback, depois eu entrego", Kind.FEEDBACK_MANIPULATION, "contrato"),
        # a payment app with an acceptance or preference phrasing, no "pay" verb
        ("Would Revolut be fine? Can you take Revolut?", Kind.OFF_PLATFORM_PAYMENT, "take Revolut"),
        ("¿Recibes Bizum? es más fácil", Kind.OFF_PLATFORM_PAYMENT, "Recibes Bizum"),
        ("Vous acceptez Wise ?", Kind.OFF_PLATFORM_PAYMENT, "acceptez Wise"),
        ("Skrill chalega? direct bhej dunga", Kind.OFF_PLATFORM_PAYMENT, "Skrill chalega"),
        # editing an existing review towards a better score, or removing it
        ("Can you edit your feedback up to 5 stars?", Kind.FEEDBACK_MANIPULATION, "edit your feedback up to 5"),
        ("Por favor quita tu reseña y te devuelvo todo", Kind.FEEDBACK_MANIPULATION, "quita tu reseña"),
        # contact requirements in job posts
        ("Candidatos deben incluir su número de WhatsApp", Kind.OFF_PLATFORM_REQUEST, "incluir su número de WhatsApp"),
        ("Veuillez joindre votre numéro de portable", Kind.OFF_PLATFORM_REQUEST, "joindre votre numéro de portable"),
        ("What's the quickest email to reach you at?", Kind.OFF_PLATFORM_REQUEST, "quickest email to reach you"),
        # moving the conversation to a channel that is not an app: email, phone, text, a personal number
        ("Could we carry on over email from here?", Kind.OFF_PLATFORM_REQUEST, "carry on over email"),
        ("Mind if we switch this over to the phone", Kind.OFF_PLATFORM_REQUEST, "switch this over to the phone"),
        ("Continuemos la conversación por teléfono", Kind.OFF_PLATFORM_REQUEST, "Continuemos la conversación por"),
        ("Parlons par courriel, c'est mieux", Kind.OFF_PLATFORM_REQUEST, "Parlons par courriel"),
        ("number pe baat karte hain bhai", Kind.OFF_PLATFORM_REQUEST, "number pe baat"),
        ("sa phone na lang po", Kind.OFF_PLATFORM_REQUEST, "sa phone na lang"),
        # a messaging app named by its look (colour and app noun in either order, or a picture only one app wears)
        ("contact me on the app with the green logo", Kind.OFF_PLATFORM_REQUEST, "app with the green logo"),
        ("text me on the green icon app", Kind.OFF_PLATFORM_REQUEST, "the green icon app"),
        ("message me on the blue app with a plane", Kind.OFF_PLATFORM_REQUEST, "the blue app with a plane"),
        ("write to me on the app with the white phone in a green bubble", Kind.OFF_PLATFORM_REQUEST, "green bubble"),
        ("add me on the purple app", Kind.OFF_PLATFORM_REQUEST, "the purple app"),
        ("let's continue on the app with the paper plane", Kind.OFF_PLATFORM_REQUEST, "the paper plane"),
        ("escríbeme en la app con el logo verde", Kind.OFF_PLATFORM_REQUEST, "app con el logo verde"),
        ("me chama no aplicativo com o ícone verde", Kind.OFF_PLATFORM_REQUEST, "aplicativo com o ícone verde"),
        # platform abbreviations after a contact verb
        ("write me on tg when you can", Kind.OFF_PLATFORM_REQUEST, "write me on tg"),
        ("hmu on snap", Kind.OFF_PLATFORM_REQUEST, "hmu on snap"),
        ("find me on dc", Kind.OFF_PLATFORM_REQUEST, "find me on dc"),
        ("msg me on wa", Kind.OFF_PLATFORM_REQUEST, "msg me on wa"),
        # the conversation itself taken away, with no place named
        ("let's take this offline, it's quicker", Kind.OFF_PLATFORM_REQUEST, "take this offline"),
        ("Can we continue the chat elsewhere?", Kind.OFF_PLATFORM_REQUEST, "continue the chat elsewhere"),
        # Arabizi "your X" with the possessive after the noun or as a suffix; Tagalog "verb mo ako/ko"
        ("ana 3ayz a5od raqam el whatsapp beta3ak", Kind.OFF_PLATFORM_REQUEST, "raqam el whatsapp"),
        ("momken el email bta3ak?", Kind.OFF_PLATFORM_REQUEST, "email bta3ak"),
        ("eb3atly raqam telefonak", Kind.OFF_PLATFORM_REQUEST, "eb3atly raqam"),
        ("txt mo ko sa viber", Kind.OFF_PLATFORM_REQUEST, "txt mo ko"),
        ("chat mo ko sa messenger", Kind.OFF_PLATFORM_REQUEST, "chat mo ko"),
        # job-post phrasings and asks without a possessive
        ("Start your proposal with your Skype ID so I know you read this", Kind.OFF_PLATFORM_REQUEST, "your Skype ID"),
        ("Reply with your telegram username, we will contact you there", Kind.OFF_PLATFORM_REQUEST, "Reply with"),
        ("Contact info required in the first line of your bid", Kind.OFF_PLATFORM_REQUEST, "Contact info required"),
        ("Kindly add your WhatsApp contact for quick communication", Kind.OFF_PLATFORM_REQUEST, "your WhatsApp"),
        ("Do you have a personal email I could use?", Kind.OFF_PLATFORM_REQUEST, "personal email"),
        ("Drop your digits and I'll hit you up", Kind.OFF_PLATFORM_REQUEST, "your digits"),
        # closing asked early on a delivery; a rating made a condition
        ("Accept the delivery now and I'll send the final files after", Kind.FEEDBACK_MANIPULATION, "Accept the"),
        ("Aprueba la entrega y luego termino lo que falta", Kind.FEEDBACK_MANIPULATION, "Aprueba la entrega"),
        ("If you don't give me 5 stars I'll report your account", Kind.FEEDBACK_MANIPULATION, "give me 5 stars"),
        # asking whether someone has a messaging app, by a name that means nothing else
        ("do you have telegram? easier there", Kind.OFF_PLATFORM_REQUEST, "do you have telegram"),
        ("¿tienes WhatsApp?", Kind.OFF_PLATFORM_REQUEST, "tienes WhatsApp"),
        ("Are you on Discord", Kind.OFF_PLATFORM_REQUEST, "Are you on Discord"),
        # ... in shorthand, other word orders and languages, or by an everyday word written as the app's name
        ("do u have whatsapp", Kind.OFF_PLATFORM_REQUEST, "do u have whatsapp"),
        ("r u on telegram?", Kind.OFF_PLATFORM_REQUEST, "r u on telegram"),
        ("ur on viber right?", Kind.OFF_PLATFORM_REQUEST, "ur on viber"),
        ("got telegram?", Kind.OFF_PLATFORM_REQUEST, "got telegram"),
        ("u use skype?", Kind.OFF_PLATFORM_REQUEST, "u use skype"),
        ("have you got WeChat?", Kind.OFF_PLATFORM_REQUEST, "have you got WeChat"),
        ("Do you have Signal?", Kind.OFF_PLATFORM_REQUEST, "Signal"),
        ("you have WA?", Kind.OFF_PLATFORM_REQUEST, "you have WA"),
        ("Are you on Line or Viber?", Kind.OFF_PLATFORM_REQUEST, "Are you on Line"),
        ("vous avez telegram ?", Kind.OFF_PLATFORM_REQUEST, "vous avez telegram"),
        ("tu as whatsapp ?", Kind.OFF_PLATFORM_REQUEST, "tu as whatsapp"),
        ("may telegram ka ba?", Kind.OFF_PLATFORM_REQUEST, "may telegram ka"),
        ("aapke paas whatsapp hai?", Kind.OFF_PLATFORM_REQUEST, "aapke paas whatsapp"),
        ("aap telegram use karte ho?", Kind.OFF_PLATFORM_REQUEST, "aap telegram use karte"),
        # applications told to carry a contact, and the contact last in a list "your" governs
        ("Applicants must include a phone number to be considered", Kind.OFF_PLATFORM_REQUEST, "a phone number"),
        ("Only proposals that contain an email address will be read", Kind.OFF_PLATFORM_REQUEST, "an email address"),
        ("Candidates should provide a contact number", Kind.OFF_PLATFORM_REQUEST, "contact number"),
        ("Proposals without a WhatsApp number will be ignored", Kind.OFF_PLATFORM_REQUEST, "WhatsApp number"),
        ("Bids without an email address will not be considered", Kind.OFF_PLATFORM_REQUEST, "email address"),
        ("Bids lacking a phone number won't be read", Kind.OFF_PLATFORM_REQUEST, "phone number"),
        ("Please include a phone number in your proposal", Kind.OFF_PLATFORM_REQUEST, "include a phone number"),
        ("Send your CV and phone number", Kind.OFF_PLATFORM_REQUEST, "phone number"),
        ("Los candidatos deben incluir un número de teléfono", Kind.OFF_PLATFORM_REQUEST, "número de teléfono"),
        ("Propostas sem número de WhatsApp serão ignoradas", Kind.OFF_PLATFORM_REQUEST, "número de WhatsApp"),
        ("Les candidats doivent fournir un numéro de téléphone", Kind.OFF_PLATFORM_REQUEST, "numéro de téléphone"),
        ("Phone number required in proposal", Kind.OFF_PLATFORM_REQUEST, "Phone number required"),
        ("Envía tu CV y número de teléfono", Kind.OFF_PLATFORM_REQUEST, "número de teléfono"),
        ("share your name, portfolio and WhatsApp number", Kind.OFF_PLATFORM_REQUEST, "WhatsApp number"),
        # an app named by the thing its icon draws
        ("add me on the app with the phone icon", Kind.OFF_PLATFORM_REQUEST, "app with the phone icon"),
        ("text me on the app with the bird", Kind.OFF_PLATFORM_REQUEST, "app with the bird"),
        # "call me" with a time or a channel after it, even before a "but"
        ("call me tomorrow, but not before 9", Kind.OFF_PLATFORM_REQUEST, "call me"),
        ("call me when you're free", Kind.OFF_PLATFORM_REQUEST, "call me"),
        # a contact given by pointing at one the reader can look up
        ("My WhatsApp is the same as my phone number in my profile", Kind.OFF_PLATFORM_REQUEST, "My WhatsApp"),
        ("mi whatsapp es el mismo que mi número", Kind.OFF_PLATFORM_REQUEST, "mi whatsapp"),
        # a payment rail used as the verb, with the sum as its object or in Hinglish/Tagalog grammar
        ("PayPal me the remaining balance and we're good", Kind.OFF_PLATFORM_PAYMENT, "PayPal me"),
        ("venmo me $50 for the extra revisions", Kind.OFF_PLATFORM_PAYMENT, "venmo me"),
        ("zelle me the rest when you get a chance", Kind.OFF_PLATFORM_PAYMENT, "zelle me"),
        ("upi se bhej do, jaldi ho jayega", Kind.OFF_PLATFORM_PAYMENT, "upi se bhej do"),
        ("gcash mo na lang bayad, walang bawas", Kind.OFF_PLATFORM_PAYMENT, "gcash mo"),
        ("manda por transferência bancária, evita a taxa", Kind.OFF_PLATFORM_PAYMENT, "manda"),
        # closing now with the work promised for a named later day, or going on after the close
        ("cierra el contrato ahora y te lo termino mañana", Kind.FEEDBACK_MANIPULATION, "cierra"),
        ("fecha o contrato que amanhã eu termino", Kind.FEEDBACK_MANIPULATION, "fecha"),
        ("contract pehle close kar do, kaam kal kar dunga", Kind.FEEDBACK_MANIPULATION, "contract"),
        ("close the contract now, I'll keep working on the fixes", Kind.FEEDBACK_MANIPULATION, "close"),
        ("isara mo na yung contract, bukas ko tatapusin", Kind.FEEDBACK_MANIPULATION, "isara"),
        # a way to reach the other party other than here
        ("how can I contact you directly?", Kind.OFF_PLATFORM_REQUEST, "contact you directly"),
        ("is there somewhere we can talk freely? this chat is monitored", Kind.OFF_PLATFORM_REQUEST, "somewhere"),
        # spellings: "numbr", Arabizi "your" after the noun, Hinglish "de do" after the contact
        ("can u give me ur wats app numbr plz", Kind.OFF_PLATFORM_REQUEST, "numbr"),
        ("shu raqam el whatsapp tabak?", Kind.OFF_PLATFORM_REQUEST, "raqam"),
        ("ab3atli el number beta3ak w hakalmak", Kind.OFF_PLATFORM_REQUEST, "number beta3ak"),
        ("mujhe apna email de do, details bhej dunga", Kind.OFF_PLATFORM_REQUEST, "apna email"),
        # a rail praised over the platform, a Hinglish "review do to ...", an order confirmed done before the work
        ("I accept USDT TRC20, much faster than this platform", Kind.OFF_PLATFORM_PAYMENT, "USDT"),
        ("acha review do to discount dunga", Kind.FEEDBACK_MANIPULATION, "review"),
        ("pls confirm the order as complete, i'll deliver the rest later", Kind.FEEDBACK_MANIPULATION, "confirm"),
        # second round: "need your", "send me a message on", French "on se parle", Hinglish "pe DM karo", the
        # platform's take, the rail sent to one's own wallet, an unfinished job closed, a reprisal for a bad review
        ("necesito tu whatsapp para coordinar la entrega", Kind.OFF_PLATFORM_REQUEST, "necesito"),
        ("send me a msg on my insta, link in bio", Kind.OFF_PLATFORM_REQUEST, "send me a msg"),
        ("on se parle sur WhatsApp ? plus pratique", Kind.OFF_PLATFORM_REQUEST, "on se parle"),
        ("bhai insta pe DM karo", Kind.OFF_PLATFORM_REQUEST, "insta pe DM"),
        ("lets do cash app, upwork takes too much", Kind.OFF_PLATFORM_PAYMENT, "cash app"),
        ("send crypto to my wallet, binance pay works", Kind.OFF_PLATFORM_PAYMENT, "send crypto"),
        ("please mark the job as complete, still need a few days to finish", Kind.FEEDBACK_MANIPULATION, "mark"),
        ("if you leave a bad review I'll dispute the payment", Kind.FEEDBACK_MANIPULATION, "bad review"),
        ("dame 5 estrellitas porfa", Kind.FEEDBACK_MANIPULATION, "5 estrellitas"),
        # third round: the noun before the question word, "pro zap", a way besides this inbox, the rail to one's
        # own account, a reward "thrown in", work promised after the close, "if u dont ... 1 star"
        ("teu insta qual é?", Kind.OFF_PLATFORM_REQUEST, "teu insta"),
        ("aapka gmail kya hai", Kind.OFF_PLATFORM_REQUEST, "aapka gmail"),
        ("shoo el insta taba3ak", Kind.OFF_PLATFORM_REQUEST, "insta taba3ak"),
        ("vamos pro zap que é mais fácil", Kind.OFF_PLATFORM_REQUEST, "vamos"),
        ("is there another way to reach you besides this inbox?", Kind.OFF_PLATFORM_REQUEST, "reach you"),
        ("the remaining $200 through wise pls, not here", Kind.OFF_PLATFORM_PAYMENT, "remaining"),
        ("pix na minha conta que eu libero hoje", Kind.OFF_PLATFORM_PAYMENT, "pix"),
        ("envoyez le paiement sur mon compte Revolut", Kind.OFF_PLATFORM_PAYMENT, "envoyez"),
        ("a 5-star would mean a lot, I'll throw in the source files", Kind.FEEDBACK_MANIPULATION, "star"),
        (
            "please end the contract now so my stats look good, I'll still help you after",
            Kind.FEEDBACK_MANIPULATION,
            "end",
        ),
        ("if u dont release the milestone today im leaving a 1 star", Kind.FEEDBACK_MANIPULATION, "1 star"),
        ("close the order please, I'll send the remaining files by email", Kind.FEEDBACK_MANIPULATION, "close"),
        # "de" as the Portuguese "dê" where a clause starts; "need" in Spanish, Portuguese and French
        ("de 5 estrelas pra mim por favor", Kind.FEEDBACK_MANIPULATION, "5 estrelas"),
        ("por favor de uma avaliação positiva", Kind.FEEDBACK_MANIPULATION, "positiva"),
        ("Preciso de uma avaliação 5 estrelas, pode ser?", Kind.FEEDBACK_MANIPULATION, "Preciso"),
        ("J'ai besoin d'une note de 5 étoiles, merci", Kind.FEEDBACK_MANIPULATION, "besoin"),
        ("please give this 5 stars", Kind.FEEDBACK_MANIPULATION, "5 stars"),  # "this" is the work
        ("leave this job a 5 star review please", Kind.FEEDBACK_MANIPULATION, "5 star"),
        ("whats your email? no rush btw, I am here all day", Kind.OFF_PLATFORM_REQUEST, "your email"),
        # fourth round: "ton numéro stp", the platform blamed for holding funds, "fees here are insane", "fee nahi
        # lagegi" read as no fee (not as a refusal), "wrap up the last fixes next week"
        ("ton numéro stp, je t'appelle", Kind.OFF_PLATFORM_REQUEST, "ton numéro"),
        ("pls send the payment through my paypal, upwork is holding my funds", Kind.OFF_PLATFORM_PAYMENT, "send"),
        ("zelle works better for me, fees here are insane", Kind.OFF_PLATFORM_PAYMENT, "zelle"),
        ("paytm kar do bhai, fee nahi lagegi", Kind.OFF_PLATFORM_PAYMENT, "fee nahi"),
        (
            "could you please close the project? I'll wrap up the last fixes next week",
            Kind.FEEDBACK_MANIPULATION,
            "close",
        ),
        ("limang bituin po sana", Kind.FEEDBACK_MANIPULATION, "limang bituin po"),  # "po" after the ask: please
        # Egyptian wallets and the Egyptian "give me"
        ("ib3at el flous 3ala vodafone cash", Kind.OFF_PLATFORM_PAYMENT, "vodafone cash"),
        ("2eddini 5 nogoom", Kind.FEEDBACK_MANIPULATION, "2eddini 5 nogoom"),
        # the work itself proposed outside the platform, by us
        ("let's do this outside the platform", Kind.OFF_PLATFORM_REQUEST, "let's do this outside the platform"),
        ("I'd like to take this project off the platform", Kind.OFF_PLATFORM_REQUEST, "take this project off"),
        # the fee named beside our own move out, either way round
        ("fees here are crazy, can we deal directly?", Kind.OFF_PLATFORM_PAYMENT, "can we deal directly"),
        ("we can do it directly, no fees", Kind.OFF_PLATFORM_PAYMENT, "no fees"),
        ("the platform fee is too high, let's do it outside", Kind.OFF_PLATFORM_PAYMENT, "let's do it outside"),
        # the rest of the work promised after the close
        (
            "close the contract now and I'll finish the rest for free",
            Kind.FEEDBACK_MANIPULATION,
            "close the contract now and I'll finish the rest",
        ),
    ],
)
def test_intents_are_found_with_the_span_on_the_cue(text: str, kind: Kind, cue: str) -> None:
    _assert_cue(text, kind, cue)


def _overlaps(text: str, span: str, start: int, end: int) -> bool:
    s = text.index(span)
    return s < end and start < s + len(span)


def _assert_cue(text: str, kind: Kind, cue: str) -> None:
    """`text` holds an intent of `kind` whose span overlaps `cue`."""
    found = _intents(text)
    assert kind in found, found
    at = text.index(cue)
    assert any(_overlaps(text, span, at, at + len(cue)) for span in found[kind]), found[kind]


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, I can't share my WhatsApp here, it's against the rules.",  # refusal
        "No puedo darte mi número por aquí.",  # negation
        "Is it allowed to share my Skype after the contract starts?",  # rule question
        "The client asked me to pay via PayPal, is that ok?",  # reported speech
        'He wrote "add me on WhatsApp", should I report it?',  # quotation
        "Telegram bot developer with aiogram and webhooks",  # skill
        "I will set up your Zelle payments page",  # work
        "we send payments to PayPal via the API",  # work: the client's own payouts
        "payouts are sent to your PayPal account automatically",  # the platform's own payouts
        "Please leave honest feedback when you close the contract.",  # honest feedback
        "Send your number of revisions and the timeline",  # a quantity, not a phone number
        "Indique su número de páginas, por favor",  # the same in Spanish
        "sabi ng client i-add ko daw siya sa Telegram, bawal yun",  # reported speech, verb first
        "nahi bhai, platform ke bahar payment nahi lunga",  # Hindi negation after the verb
        "No acepto pagos por Zelle, solo por la plataforma.",  # negated acceptance
        "Can you take PayPal payments in our Shopify store?",  # a feature of the client's shop
        "Can you update the review widget to show five stars?",  # the work itself
        "I'll email you the invoice through the platform",  # no move of the conversation
        "Here is the email template you asked for",
        "Can we move the deadline to Monday?",
        "please move the phone field under the email field",  # a thing of the work
        "We should switch to a mobile-first layout",
        "I design app icons; the green logo you sent needs work",
        "the app with the blue button crashes on login",
        "change the app icon to green",
        "the purple app theme looks great",
        "ig stories templates",
        "fb ads campaign",
        "tg channel growth is my skill",
        "Telegram bot developer here",
        "I was offline yesterday, sorry for the late reply",
        "I'll take the files offline to edit them on the plane",
        "we can continue this tomorrow",
        "take this offline-first approach for the mobile app",
        "el email beta3ak fih moshkela",  # "your email has a problem": about it, not asking for it
        "ana 3ayz a5od el file mn 3andak",
        "chat mo ko dito",  # "message me here"
        "add mo ko sa team",
        "Send me a direct message here with your questions",  # a message, not a payment
        "I'll send you a direct invite to the project",
        "Please add a WhatsApp button to my site",
        "Do you have a personal email template I can reuse for the campaign",
        "Do you have a number in mind for the budget?",
        "Start the project with your own design",
        "the last 4 digits of your card are shown on the receipt",
        "Is the contact form required?",
        "I'll finish the task and send it tomorrow",  # the sender's own plan
        # "de" after a word is a preposition; the writer's own ratings and the review being written ask nothing
        "¡Revisa mis reseñas de 5 estrellas en este perfil!",
        "Tengo más de 50 reseñas positivas",
        "Confira meus comentários de 5 estrelas",
        "Mes avis de 5 étoiles parlent pour moi",
        "I need my 5 star reviews to stay, that's why I work hard",
        "10/10 would hire again, leaving this 5 star review so others know!",
        "I'm writing this glowing review because she earned it",
        "I will complete the project and deliver it next week",
        "we will probably finish the job and send the report later",
        "Please accept the delivery when you're happy with it",
        "if you don't want to pay via paypal that's fine",
        "Do you have Telegram bot experience?",  # a skill after the platform
        "Do you have WhatsApp Business API access?",
        "are you using telegram ads for the launch?",
        "You have received your mobile content. Enjoy",
        "the same number of telegram subscribers as last month",
        "Do you have WhatsApp Business set up for your store already?",  # the app's own products are the work
        "Do you use Skype for Business or Teams in your company?",
        "Are you using WeChat Pay in the mini program?",
        "Contact details required for the invoice are in the attached form",  # no application asked for
        "do you have a signal problem",  # an app's name as the everyday word
        "do you have a line of credit",
        "do you have a session at 5",
        "do you have signal there? the call keeps dropping",  # lower case: reception, not the app
        "are you on line 3 of the script?",
        "Do you have Session ID from the login response?",
        "do you have WhatsApp Business API experience?",
        "do you have experience with Telegram bots?",
        "are you on the telegram bot project?",
        "got telegram bot experience?",
        "call me crazy but I love this design",  # "call me" + a description of oneself + "but"
        "Call me old-fashioned, but I prefer PDFs",
        "call me a perfectionist, but the margins are off",
        "llámame loco, pero me encanta el diseño",
        "Proposals that include a phone number will be rejected",  # a post that keeps to the rules
        "our app must include a phone number field",
        "Bids without a portfolio will be ignored",
        "Applications with a phone number will be removed",
        "Propuestas que incluyan un número de teléfono serán rechazadas",
        "Propuestas sin portafolio serán ignoradas",
        "Include an email signature to be considered",
        "send your draft and email me when it's done",
        "design an app with a phone icon for the dialer",
        "build an app with a camera",
        "We offer a discount for annual plans paid on the platform",
        "send your best work samples in the proposal",
        "my account manager will send usdt pricing",
        "add a button to send usdt from my wallet page",
        "Please send your ID document through the platform's verification page",
        "If I don't get a positive review I will learn from it and improve",
        # third parties' contacts gathered as data, a payment rail as a writing topic or a product part
        "Research task: compile a list of 200 restaurants with their phone numbers from Google Maps",
        "Scrape 500 dentists' websites and collect their emails into a spreadsheet",
        "Write a blog post about how to avoid PayPal fees for small businesses",
        "Write an article on how to pay via Wise as a freelancer",
        "PayPal me link is in the footer template we need to redesign",
        "Build a REST API for Zelle me-to-me transfers",
        # closing after the work, or the sender's own plan
        "We need to end the contract early due to budget, sorry",
        "I will deliver the files tomorrow and then you can close the contract",
        "kal tak kaam bhej dunga, phir contract close kar dena",
        # reaching someone here, or privacy that is not a place to talk
        "How can I contact you directly on this platform?",
        "somewhere private in the code we store the api keys",
        "Wise is cheaper than PayPal for international transfers",
        "Please confirm the order details and I'll deliver tomorrow",
        "Good reviews do matter to me, so I give a discount to returning clients",
        "No necesito tu número, hablemos aquí mismo",
        "Text me here when you're ready",
        "call me through the platform when you're free",
        "If you leave a bad review I will learn from it",
        "Upwork takes care of the payment, no worries",
        "Send me a message when the draft is ready",
        "Build a feature so users can leave 5-star reviews in our app",
        "Users should be able to give a five star rating after each ride",
        "Please approve the milestone, I'll send the final invoice through Upwork",
        "I'll send the remaining files today and then you can close the contract",
        "if u dont like the design I will redo it",
        "Qual é o seu prazo?",
        # the sender takes the move back at once
        "I'll send it to your email later? no, I'll keep it here",
        "send me your number? no wait, better to stay here",
        "Upwork is holding the funds for 5 days, then you can withdraw to PayPal",
        "I don't want to skip the fees, everything through Upwork",
        # "your phone" as the device
        "Can you test the build on your phone?",
        "send me a screenshot from your phone",
        "what model is your phone?",
        "did you get your phone fixed?",
        "answer your phone please",
        # another marketplace named, no move proposed; a skill in Spanish
        "I used to work on Fiverr before joining here.",
        "I prefer to keep it on Upwork",
        "Tengo experiencia integrando pagos con Mercado Pago y PayPal.",
        "how else can I help you?",
    ],
)
def test_mentions_are_not_violations(text: str) -> None:
    assert not SCANNER.scan(text, PRE).decision.violation


@pytest.mark.parametrize(
    "text", ["whats your phone?", "can I ask for your phone?", "share your phone please", "what's ur cell? I'll call"]
)
def test_asking_for_your_phone_is_still_a_request(text: str) -> None:
    assert _intents(text)[Kind.OFF_PLATFORM_REQUEST]


@pytest.mark.parametrize(
    "text",
    [
        "we could work on Fiverr instead, lower fees there",
        "contrátame directamente en mi perfil de Workana",
        "sa Upwork na lang tayo, mas mababa ang fee",
        "book me through my website instead, no platform fee",
        "where else can I message you?",
    ],
)
def test_work_moved_to_another_marketplace_or_channel_is_a_request(text: str) -> None:
    assert Kind.OFF_PLATFORM_REQUEST in _intents(text)


def test_requests_are_allowed_in_an_active_contract_but_payment_is_not() -> None:
    assert not SCANNER.scan("Add me on WhatsApp for quick questions", ACTIVE).decision.violation
    assert SCANNER.scan("Pay the next milestone to my PayPal instead", ACTIVE).decision.violation


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("contact me on the app with the green logo", "whatsapp"),
        ("write to me on the app with the white phone in a green bubble", "whatsapp"),
        ("message me on the blue app with a plane", "telegram"),
        ("add me on the purple app", "viber"),
        ("msg me on the yellow ghost app", "snapchat"),
        ("message me on the blue app", None),  # blue alone is several apps
    ],
)
def test_a_look_names_its_app(text: str, platform: str | None) -> None:
    result = SCANNER.scan(text, PRE)
    assert {f.platform for f in result.findings if f.kind is Kind.OFF_PLATFORM_REQUEST} == {platform}


def test_findings_name_platform_and_rule() -> None:
    result = SCANNER.scan("let's continue on WhatsApp", PRE)
    (finding,) = [f for f in result.findings if f.kind is Kind.OFF_PLATFORM_REQUEST]
    assert finding.platform == "whatsapp" and finding.rule.startswith("intent.request.")
    assert finding.text == "let's continue on WhatsApp"[finding.start : finding.end]


def test_the_shipped_model_loads_offline_and_scores() -> None:
    model = IntentModel.load()
    assert model.rule == "intent.model.v1"
    scores = model.predict("send me your whatsapp number")
    assert scores[Kind.OFF_PLATFORM_REQUEST] > scores[Kind.FEEDBACK_MANIPULATION]
    with pytest.raises(IntentModelError):
        IntentModel.load("{}")


def _corpus() -> list[str]:
    cases = Path(__file__).resolve().parents[1] / "data" / "cases" / "intent.jsonl"
    return [json.loads(line)["text"] for line in cases.read_text("utf-8").splitlines() if line.strip()]


def test_the_trigger_gate_never_hides_a_rule_match() -> None:
    """Every rule that matches a case must be among the rules its trigger stems call for."""
    for text in _corpus():
        lower = lower_same_length(text)
        gated = {rule.name for rule in triggered_rules(lower)}
        for rule in RULES:
            if rule.name not in gated:
                assert not rule.pattern.search(" " + lower), (rule.name, text)


def test_a_rule_skipped_for_lack_of_its_needs_would_not_have_matched() -> None:
    texts = _corpus() + labelled_texts() + [case.text for case in generate(pairs=False)]
    for text in texts:
        padded = " " + lower_same_length(text)
        for rule in RULES:
            if rule.needs and rule.pattern.search(padded):
                assert any(need in padded for need in rule.needs), (rule.name, text)


def _spellings(pattern: str) -> set[str]:
    """Every string a lexicon group without open repeats matches, whitespace written as one space."""

    def sequence(items: list[tuple[object, object]]) -> set[str]:
        out = {""}
        for op, arg in items:
            out = {a + b for a in out for b in node(op, arg)}
        return out

    def node(op: object, arg: object) -> set[str]:
        if op is _c.LITERAL:
            return {chr(arg)}  # type: ignore[arg-type]
        if op is _c.IN:
            chars = {chr(a) for o, a in arg if o is _c.LITERAL}  # type: ignore[attr-defined]
            return chars | ({" "} if any(o is _c.CATEGORY for o, _ in arg) else set())  # type: ignore[attr-defined]
        if op is _c.SUBPATTERN:
            return sequence(list(arg[-1]))  # type: ignore[index]
        if op is _c.ASSERT:  # a lookahead reads on without consuming: "uma" in "uma(?=\sestrela)"
            return {""}
        if op is _c.BRANCH:
            return {s for branch in arg[1] for s in sequence(list(branch))}  # type: ignore[index]
        if op is _c.MAX_REPEAT:
            low, high, sub = arg  # type: ignore[misc]
            once = sequence(list(sub))
            out, acc = ({""} if low == 0 else set()), {""}
            for count in range(1, high + 1):
                acc = {a + b for a in acc for b in once}
                if count >= low:
                    out |= acc
            return out
        raise AssertionError(f"unexpected {op} in {pattern}")

    return sequence(list(_parser.parse(pattern)))


@pytest.mark.parametrize(
    ("rule_name", "groups"),
    [
        ("feedback.threat", [lx.NEGATIVE_RATING]),
        ("payment.pay_direct", [lx.PAY_OUTSIDE, lx.OFF_PLATFORM]),
    ],
)
def test_needs_built_from_a_lexicon_group_cover_every_spelling_of_it(rule_name: str, groups: list[str]) -> None:
    """A word added to the group without a need to match it fails here, not on some later text."""
    needs = next(rule.needs for rule in RULES if rule.name == rule_name)
    assert not any(ch.isspace() for need in needs for ch in need)  # so a space stands for any whitespace
    for group in groups:
        for spelling in _spellings(group):
            assert any(need in spelling for need in needs), (rule_name, spelling)


def test_text_without_a_trigger_runs_no_rule() -> None:
    assert triggered_rules("thanks, the mockups look great and i will share them with the team") == ()
    # a rule runs only when every word group it needs is present: no positive word, no ask_positive
    assert "feedback.ask_positive" not in {r.name for r in triggered_rules("please leave a review")}
    assert "feedback.ask_positive" in {r.name for r in triggered_rules("please leave a 5 star review")}


def test_rules_reshaped_into_tries_find_what_the_written_patterns_find() -> None:
    """Merging alternatives by first character keeps every match, span and winning alternative."""
    texts = _corpus()
    texts += [t.upper() for t in texts] + [" ".join(texts[i : i + 4]) for i in range(0, len(texts), 4)]
    written = {rule.name: re.compile(rule.source) for rule in RULES}
    assert any(written[rule.name].pattern != rule.pattern.pattern for rule in RULES)
    for text in texts:
        padded = " " + lower_same_length(text)
        for rule in RULES:
            expected = [(m.span(), m.group()) for m in written[rule.name].finditer(padded)]
            assert [(m.span(), m.group()) for m in rule.pattern.finditer(padded)] == expected, (rule.name, text)


@pytest.mark.parametrize(
    ("written", "texts"),
    [
        # the first alternative that matches still wins: "call" before "calls", "a" before "ab"
        (r"call|calls|text", ["calls", "call", "texts", "cal"]),
        (r"a|ab|b", ["ab", "b", "ba"]),
        # an alternative that may start like an earlier one in between is not moved past it
        (r"ab|[a-c]x|ac", ["ac", "ax", "cx", "ab"]),
        (r"(?<!\w)me\s(?:me|mo)|m\w{0,3}", ["me mo", "mex", "me me"]),
        (r"(?P<app>whats\s?app|wa)|(?P<mail>e-?mail)", ["whatsapp", "wa", "e-mail", "email"]),
    ],
)
def test_factored_keeps_order_and_groups(written: str, texts: list[str]) -> None:
    plain, shaped = re.compile(written), factored(re.compile(written))
    assert shaped.groupindex == plain.groupindex
    for text in texts:
        assert [(m.span(), m.groups()) for m in shaped.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ], text


def test_factored_refuses_unbounded_repeats() -> None:
    with pytest.raises(ValueError):
        factored(re.compile(r"a+|ab"))


def test_one_pass_over_the_separators_finds_what_each_rule_finds_alone() -> None:
    """Trying a rule only at separators its start keys allow gives finditer's matches, long texts included."""
    texts = _corpus() + labelled_texts()
    texts += [" ".join(texts[i : i + 8]) for i in range(0, len(texts), 8)]
    keyed = [rule for rule in RULES if rule.starts]
    assert len(keyed) > len(RULES) // 2  # most rules can be keyed
    for text in texts:
        padded = " " + lower_same_length(text)
        found = _matches_in_one_pass(keyed, padded)
        for rule in keyed:
            expected = [m.span() for m in rule.pattern.finditer(padded)]
            assert [m.span() for m in found[id(rule)]] == expected, (rule.name, text)


@pytest.mark.parametrize(
    ("written", "texts"),
    [
        # Python's classes take every Unicode letter, digit and space; RE2's are ASCII-only
        (r"(?<!\w)caf\w{1,3}\b", ["café", "cafés", "caf\u00e9x"]),
        (r"n\d{2,9}", ["n\u0663\u0664", "n12", "n\u096612"]),
        (r"a\sb", ["a\u00a0b", "a\u2003b", "a\x0bb", "a\x1cb"]),
        (r"[^\W\d]x", ["éx", "жx", "_x"]),  # [^\W] is Python's word class: RE2's would lose "é"
        (r"[^\w\s]y{3,5}?", ["!yyy", "¿yyyy"]),
        (r"(?:ab|a[ç-ö]){1,2}(?!z)$", ["abaç", "x aö"]),
        (r"\W(?:x|y)\.{0,2}[-/]", [" x../", "\u3000y-"]),
    ],
)
def test_an_re2_superset_matches_wherever_its_python_pattern_does(written: str, texts: list[str]) -> None:
    import re2

    superset = re2.compile(re2_superset(written))
    for text in texts:
        assert re.search(written, text), text  # the case is a real match
        assert superset.search(text.encode("utf-8")) is not None, text


def test_an_re2_superset_refuses_what_it_cannot_widen_soundly() -> None:
    with pytest.raises(ValueError):
        re2_superset(r"(a)\1")  # a back-reference
    with pytest.raises(ValueError):
        re2_superset(r"(?i:a)")  # inline flags


def test_a_rule_skipped_by_its_re2_prefilter_would_not_have_matched() -> None:
    """Each rule's RE2 superset matches every text the rule matches: the labelled cases and fuzz."""
    from ringfence.intent.rules import _PREFILTERS

    texts = _corpus() + labelled_texts() + [case.text for case in generate(pairs=False)]
    for text in texts:
        padded = " " + lower_same_length(text)
        encoded = padded.encode("utf-8", "surrogatepass")
        for rule in RULES:
            if rule.pattern.search(padded):
                assert _PREFILTERS[id(rule)](encoded), (rule.name, text)


@pytest.mark.parametrize(
    ("written", "keys"),
    [
        (r"(?<!\w)(?:ab|cd?)\b", {"ab", "cd", "c"}),  # a match may end after "c"
        (r"a[^x]y|b.", {"a", "b"}),  # an open class ends the key
        (r"(?:ab){0,3}c", {"c", "abc", "aba"}),
        (r"x(?i:a)", {"x"}),  # inline flags: the case is not known
        (r"a?b", {"ab", "b"}),
    ],
)
def test_start_keys(written: str, keys: set[str]) -> None:
    assert start_keys(written, 3) == keys


def test_start_keys_of_a_pattern_that_may_match_nothing_allow_any_position() -> None:
    assert "" in start_keys(r"a*", 3)


def test_start_keys_list_every_space() -> None:
    spaces = {k[1] for k in start_keys(r"a\s", 2)}
    assert spaces == {chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(c))}


def test_a_callers_own_rule_runs_beside_the_built_in_ones() -> None:
    # the one pass serves RULES' own rules; a rule built elsewhere (same name, other pattern) keeps its finditer
    from dataclasses import replace

    from ringfence.intent.rules import find_cues

    text = "can I call you? what's your whatsapp? pay me via paypal and leave 5 stars, my skype is here"
    built_in = triggered_rules(lower_same_length(text))
    assert len(built_in) >= 4  # enough rules for the one pass
    mine = replace(built_in[0], pattern=re.compile(r"\Wwhatsapp"), starts=())
    cues = find_cues(text, rules=(*built_in, mine))
    assert [c for c in cues if c.rule == mine.name and text[c.start : c.end] == "whatsapp"]
    assert [c for c in find_cues(text, rules=built_in)] == [c for c in cues if text[c.start : c.end] != "whatsapp"]


def test_a_stem_listed_as_a_whole_word_and_as_a_prefix_opens_the_groups_of_both() -> None:
    from ringfence.intent.rules import _GATES, _STEM_GROUPS

    group_index: dict[str, int] = {}
    for gate_groups, _ in _GATES:
        for group in gate_groups:
            group_index.setdefault(group, len(group_index))
    checked = 0
    for group, index in group_index.items():
        for stem in group.split():
            word = stem[:-1].replace("_", " ")
            prefixed_by = {i for other, i in group_index.items() if other != group and stem[:-1] in other.split()}
            if stem.endswith("=") and prefixed_by:
                # "add=" (contact-me verbs) and "add" (move verbs): "add" and "adding" open the right groups
                assert {index, *prefixed_by} <= set(_STEM_GROUPS(f" {word} ".encode())), stem
                assert index not in set(_STEM_GROUPS(f" {word}ing ".encode())), stem
                checked += 1
    assert checked


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        # a channel with no contact value in the message
        ("I'll send you an email with the details", Kind.OFF_PLATFORM_REQUEST, "send you an email"),
        ("we can sort out the details by phone", Kind.OFF_PLATFORM_REQUEST, "by phone"),
        ("let's discuss the budget over the phone", Kind.OFF_PLATFORM_REQUEST, "over the phone"),
        ("te mando un correo con los detalles", Kind.OFF_PLATFORM_REQUEST, "te mando un correo"),
        ("je vous envoie les détails par mail", Kind.OFF_PLATFORM_REQUEST, "par mail"),
        ("please email me at my work address", Kind.OFF_PLATFORM_REQUEST, "email me at my work address"),
        ("accept my friend request on facebook and we talk there", Kind.OFF_PLATFORM_REQUEST, "friend request"),
        ("slide into my dms on insta", Kind.OFF_PLATFORM_REQUEST, "my dms on insta"),
        ("DM me on the gram", Kind.OFF_PLATFORM_REQUEST, "the gram"),
        ("is there a way to contact you directly?", Kind.OFF_PLATFORM_REQUEST, "contact you directly"),
        # ratings drawn as stars
        ("5⭐ please", Kind.FEEDBACK_MANIPULATION, "5⭐"),
        ("leave ⭐⭐⭐⭐⭐ and I'll refund $10", Kind.FEEDBACK_MANIPULATION, "refund"),
        ("5★ review = 10% off", Kind.FEEDBACK_MANIPULATION, "10% off"),
        ("give me ⭐⭐⭐⭐⭐ pls", Kind.FEEDBACK_MANIPULATION, "⭐⭐⭐⭐⭐"),
        # an app named by its colour alone, a talking verb governing it
        ("mejor por el verde", Kind.OFF_PLATFORM_REQUEST, "el verde"),
        ("hablamos por el verde", Kind.OFF_PLATFORM_REQUEST, "hablamos"),
        ("talk on the green one", Kind.OFF_PLATFORM_REQUEST, "the green one"),
        ("me chama no verdinho", Kind.OFF_PLATFORM_REQUEST, "verdinho"),
        # Hinglish with the verb between, and "no need for the platform"
        ("number do apna", Kind.OFF_PLATFORM_REQUEST, "number do apna"),
        ("whatsapp bhejo apna", Kind.OFF_PLATFORM_REQUEST, "whatsapp bhejo apna"),
        ("paisa direct account me daal dunga, platform ki zaroorat nahi", Kind.OFF_PLATFORM_PAYMENT, "paisa direct"),
        ("payment direct bank me bhej dunga, upwork ki zarurat nahi", Kind.OFF_PLATFORM_PAYMENT, "payment direct"),
    ],
)
def test_channels_stars_colours_and_verb_first_hinglish(text: str, kind: Kind, cue: str) -> None:
    _assert_cue(text, kind, cue)


@pytest.mark.parametrize(
    "text",
    [
        "I'll send the details in this chat",
        "I'll send you the details here",
        "I got an email from the platform about the milestone",
        "phone support is part of the job",
        "the client's email campaign",
        "DM me here",
        "I'll send you the text for the landing page",
        "we can send the newsletter by email to your subscribers",
        "You will explain products to customers over the phone",
        "We will email you when the contract is approved on the platform",
        "Cool, I'll text you when I'm on the way",
        "friend requests feature for our facebook app",
        "rated 5⭐ by 200 clients",
        "⭐⭐⭐⭐⭐ service, thank you!",
        "thanks for the 5⭐!",
        "We deliver ⭐⭐⭐⭐⭐ results, please check our profile",
        "I prefer the green one for the logo",
        "el verde queda mejor",
        "se ve mejor en el verde",
        "fica melhor no verde",
        "the chat on the green one looks off",
        "let's switch to the green one for the header",
        "payment platform se hi hoga, direct nahi",
        "paisa direct nahi dunga",
    ],
)
def test_channel_star_and_colour_look_alikes_are_not_violations(text: str) -> None:
    assert not SCANNER.scan(text, PRE).decision.violation


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        # app nicknames that are everyday words, right after a verb of talking or messaging
        ("can we continue this on signal? easier for me", Kind.OFF_PLATFORM_REQUEST, "on signal"),
        ("can u add me on tele pls", Kind.OFF_PLATFORM_REQUEST, "add me on tele"),
        ("ok lets move to tele, faster there", Kind.OFF_PLATFORM_REQUEST, "move to tele"),
        # the sender offering to reach the reader from a line of their own
        ("I'll text you later on my number, ok?", Kind.OFF_PLATFORM_REQUEST, "on my number"),
        ("I will call you on my personal phone tonight", Kind.OFF_PLATFORM_REQUEST, "my personal phone"),
        ("te escribo luego a mi número personal", Kind.OFF_PLATFORM_REQUEST, "mi número"),
        ("je t'appelle ce soir depuis mon portable", Kind.OFF_PLATFORM_REQUEST, "mon portable"),
        ("i-text kita mamaya sa number ko", Kind.OFF_PLATFORM_REQUEST, "number ko"),
        ("main apne number se call karunga", Kind.OFF_PLATFORM_REQUEST, "apne number se call"),
        # elsewhere, outside, not here
        ("DM me elsewhere and I'll send you the files", Kind.OFF_PLATFORM_REQUEST, "DM me elsewhere"),
        ("reach me on my personal email instead of here", Kind.OFF_PLATFORM_REQUEST, "instead of here"),
        ("signal or telegram, your choice, just not here", Kind.OFF_PLATFORM_REQUEST, "just not here"),
        ("tkalam ma3aya bara l platform", Kind.OFF_PLATFORM_REQUEST, "bara l platform"),
        ("site ke bahar baat karte hain", Kind.OFF_PLATFORM_REQUEST, "bahar baat"),
        ("bora pro zap", Kind.OFF_PLATFORM_REQUEST, "bora pro zap"),
        # contacts asked for in more spellings
        ("pásame tu cel y te llamo", Kind.OFF_PLATFORM_REQUEST, "tu cel"),
        ("apni email id share karo", Kind.OFF_PLATFORM_REQUEST, "apni email id"),
        ("3tini ra9mak dyal whatsapp", Kind.OFF_PLATFORM_REQUEST, "ra9mak"),
        ("pode me adicionar no telegram?", Kind.OFF_PLATFORM_REQUEST, "me adicionar no telegram"),
        # the money sent to the sender's own wallet, or the rail as the verb
        ("send it to my wallet directly and I'll start", Kind.OFF_PLATFORM_PAYMENT, "to my wallet"),
        ("zelle it to me and we're good", Kind.OFF_PLATFORM_PAYMENT, "zelle it to me"),
        # stars with a condition, and good ratings traded for each other
        ("please rate ⭐⭐⭐⭐⭐ if happy", Kind.FEEDBACK_MANIPULATION, "⭐⭐⭐⭐⭐"),
        ("let's exchange 5 star reviews", Kind.FEEDBACK_MANIPULATION, "exchange 5 star reviews"),
        ("feedback for feedback, deal?", Kind.FEEDBACK_MANIPULATION, "feedback for feedback"),
        # a good rating hoped for aloud, and "rate me well"
        ("a positive review would mean a lot", Kind.FEEDBACK_MANIPULATION, "positive review"),
        ("5 stars would be amazing", Kind.FEEDBACK_MANIPULATION, "5 stars"),
        ("rate me well pls", Kind.FEEDBACK_MANIPULATION, "rate me well"),
        # another way than the chat, a call on the sender's cell, contacts asked for direct contact
        ("is there another way to reach you?", Kind.OFF_PLATFORM_REQUEST, "another way to reach you"),
        ("can we do a quick call on my cell?", Kind.OFF_PLATFORM_REQUEST, "my cell"),
        ("Enviar número de celular y WhatsApp para contacto directo", Kind.OFF_PLATFORM_REQUEST, "contacto directo"),
        ("catch me on the gram", Kind.OFF_PLATFORM_REQUEST, "catch me"),
        # the same in other languages: a hoped-for rating either side of its noun, "rate me well", somewhere else,
        # a wallet of the sender's own
        ("una reseña positiva me ayudaría mucho", Kind.FEEDBACK_MANIPULATION, "reseña positiva"),
        ("un avis positif m'aiderait beaucoup", Kind.FEEDBACK_MANIPULATION, "avis positif"),
        ("5 star review sana po", Kind.FEEDBACK_MANIPULATION, "5 star review"),
        ("califícame bien porfa", Kind.FEEDBACK_MANIPULATION, "califícame bien"),
        ("notez-moi bien svp", Kind.FEEDBACK_MANIPULATION, "notez-moi bien"),
        ("seguimos en otro lado", Kind.OFF_PLATFORM_REQUEST, "otro lado"),
        ("on continue ailleurs ?", Kind.OFF_PLATFORM_REQUEST, "ailleurs"),
        ("dusri jagah baat karte hain", Kind.OFF_PLATFORM_REQUEST, "dusri jagah"),
        ("manda el dinero a mi billetera", Kind.OFF_PLATFORM_PAYMENT, "mi billetera"),
        ("paisa mere wallet mein daal do", Kind.OFF_PLATFORM_PAYMENT, "mere wallet"),
        ("7awelli 3al wallet", Kind.OFF_PLATFORM_PAYMENT, "7awelli"),
        # nicknames before an emoji, after other languages' prepositions, before a Hinglish or Tagalog verb
        ("add me on Tele 🙏", Kind.OFF_PLATFORM_REQUEST, "Tele"),
        ("seguimos por signal", Kind.OFF_PLATFORM_REQUEST, "signal"),
        ("signal pe baat karo", Kind.OFF_PLATFORM_REQUEST, "signal pe baat"),
        ("tatawagan kita sa number ko", Kind.OFF_PLATFORM_REQUEST, "number ko"),
        ("whatsapp better than here tbh", Kind.OFF_PLATFORM_REQUEST, "better than here"),
        ("plutôt par mail qu'ici", Kind.OFF_PLATFORM_REQUEST, "qu'ici"),
        ("⭐⭐⭐⭐⭐ se gostou", Kind.FEEDBACK_MANIPULATION, "⭐⭐⭐⭐⭐"),
        ("leave me a review and I'll do the same", Kind.FEEDBACK_MANIPULATION, "do the same"),
        ("review de do, main bhi de dunga", Kind.FEEDBACK_MANIPULATION, "main bhi"),
        ("drop the payment in my wallet", Kind.OFF_PLATFORM_PAYMENT, "my wallet"),
    ],
)
def test_nicknames_own_lines_elsewhere_wallets_and_swaps(text: str, kind: Kind, cue: str) -> None:
    _assert_cue(text, kind, cue)


@pytest.mark.parametrize(
    "text",
    [
        "I'll keep working on signal processing tomorrow",
        "I'll continue working on signal.",
        "please write the signal processing module in C",
        "the show was on tele, then I slept",
        "I'll message you from my phone when I land",
        "I'll message you here when it's ready",
        "my number of revisions is 3, I'll text you here",
        "going outside for lunch, back in an hour",
        "message me outside of work hours",
        "we can talk outside later under the roof",
        "the email arrives in gmail but not here",
        "use the phone field instead of the email field",
        "the client will send it to my wallet on upwork",
        "my wallet on the site shows the pending payment",
        "Thanks for the feedback, I'll trade the colors for darker ones",
        "thanks for the review, feedback for the team: great",
        "swap the review section and the footer",
        "I appreciate honest reviews, good or bad",
        "connect Telegram to the CRM",
        "let's connect the linkedin api to the dashboard",
        "hit me with your best shot on the design",
        "I got a call on my cell from the bank",
        "is there another way to reach you through the platform?",
        "El cliente tendrá contacto directo con el equipo por teléfono",
        "positive reviews will help our app rank",
        "A 5 star rating would be shown in gold",
        "rate me honestly",
        "catch me up on the news",
        "we need other ways to reach customers",
        "una reseña honesta me ayudaría",
        "por otro lado, hablemos del presupuesto",
        "on continue ailleurs dans le document",
        "la billetera del sitio muestra el pago",
        "mere account mein login karo",
        "the signal 📶 is weak",
        "I watched it on tele 😂",
        "email is slower than this chat",
        "I put the file in my wallet folder",
        "5⭐ if we count the old reviews, 4 otherwise",
        "thanks for the review, I'll do the same for the docs",
    ],
)
def test_nickname_line_elsewhere_wallet_and_swap_look_alikes_are_not_violations(text: str) -> None:
    assert not SCANNER.scan(text, PRE).decision.violation


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # money sent to the sender's own account or card, in each language
        ("deposit to my acct", Kind.OFF_PLATFORM_PAYMENT),
        ("transfer to my account number", Kind.OFF_PLATFORM_PAYMENT),
        ("wire it to my account directly", Kind.OFF_PLATFORM_PAYMENT),
        ("deposítame a mi cuenta", Kind.OFF_PLATFORM_PAYMENT),
        ("transfere pra minha conta", Kind.OFF_PLATFORM_PAYMENT),
        ("payez-moi sur mon compte directement", Kind.OFF_PLATFORM_PAYMENT),
        ("paise mere account mein bhej do", Kind.OFF_PLATFORM_PAYMENT),
        ("i-send mo na lang sa account ko", Kind.OFF_PLATFORM_PAYMENT),
        ("7awelli 3ala 7sabi", Kind.OFF_PLATFORM_PAYMENT),
        ("скинь на карту", Kind.OFF_PLATFORM_PAYMENT),
        ("perevedi na kartu", Kind.OFF_PLATFORM_PAYMENT),
        ("skin' na kartu", Kind.OFF_PLATFORM_PAYMENT),
        ("Send ur payment to my account pls", Kind.OFF_PLATFORM_PAYMENT),
        # crypto to an address, paying there or instead of here
        ("send usdt to this address", Kind.OFF_PLATFORM_PAYMENT),
        ("manda os usdt pra esse endereço", Kind.OFF_PLATFORM_PAYMENT),
        ("just pay there", Kind.OFF_PLATFORM_PAYMENT),
        ("instead of paying here, send it to me", Kind.OFF_PLATFORM_PAYMENT),
        ("au lieu de payer ici, payez-moi sur mon compte", Kind.OFF_PLATFORM_PAYMENT),
        # the Romance "pass over to" an app
        ("passa pro signal", Kind.OFF_PLATFORM_REQUEST),
        ("on passe sur signal", Kind.OFF_PLATFORM_REQUEST),
        ("pasemos a telegram", Kind.OFF_PLATFORM_REQUEST),
        ("vem pro zap", Kind.OFF_PLATFORM_REQUEST),
        ("viens sur telegram", Kind.OFF_PLATFORM_REQUEST),
        ("jump over to whatsapp?", Kind.OFF_PLATFORM_REQUEST),
        ("telegram pe shift ho jao", Kind.OFF_PLATFORM_REQUEST),
        ("mag-telegram na lang tayo", Kind.OFF_PLATFORM_REQUEST),
    ],
)
def test_own_accounts_addresses_paying_there_and_passing_over(text: str, kind: Kind) -> None:
    assert kind in _intents(text)


@pytest.mark.parametrize(
    "text",
    [
        "please pay through the platform as usual",
        "deposit the milestone here and I'll start",
        "transfer the files to my account on Drive",
        "transfer ownership of the repo to my account",
        "transfer files to my account",
        "send feedback to my account manager",
        "I won't accept payment outside the platform",
        "the app lets users transfer to their account number",
        "the user should be able to send usdt to an address in the wallet app we are building",
        "pay here on the platform, not there",
        "passe-moi le fichier",
        "pasemos a la siguiente tarea",
        "on passe sur le design demain",
        "переведи текст на английский",
        "mere account mein login nahi ho raha",
        "send it to my account page design",
        "instead of paying here, is there an invoice option on the platform?",
        "jump to the next section",
        "vente a la oficina",
        "viens sur le site demain",
    ],
)
def test_own_account_and_passing_over_look_alikes_are_not_violations(text: str) -> None:
    assert _intents(text) == {}


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        # chat-slang asks: a slang verb and a slang contact noun
        ("lmk ur digits", Kind.OFF_PLATFORM_REQUEST, "ur digits"),
        ("drop ur @ and I'll follow", Kind.OFF_PLATFORM_REQUEST, "ur @"),
        ("what's ur snap", Kind.OFF_PLATFORM_REQUEST, "ur snap"),
        ("gimme ur deets", Kind.OFF_PLATFORM_REQUEST, "ur deets"),
        ("shoot me ur number", Kind.OFF_PLATFORM_REQUEST, "ur number"),
        ("yo whats ur tele", Kind.OFF_PLATFORM_REQUEST, "ur tele"),
        ("shoot me a text on my cell", Kind.OFF_PLATFORM_REQUEST, "on my cell"),
        # a contact pointed to where it is published
        ("check my bio for my contact", Kind.OFF_PLATFORM_REQUEST, "my bio"),
        ("link in my bio", Kind.OFF_PLATFORM_REQUEST, "link in my bio"),
        ("contact info is on my profile", Kind.OFF_PLATFORM_REQUEST, "on my profile"),
        ("see my website for my email", Kind.OFF_PLATFORM_REQUEST, "my email"),
        ("my number is in my profile picture", Kind.OFF_PLATFORM_REQUEST, "my profile picture"),
        ("my phone number's on my website", Kind.OFF_PLATFORM_REQUEST, "my website"),
        ("u can find my number on my website", Kind.OFF_PLATFORM_REQUEST, "my number"),
        ("visit my website to contact me", Kind.OFF_PLATFORM_REQUEST, "contact me"),
        # reachable on an app, by its name or its look
        ("I'm more active on the green one", Kind.OFF_PLATFORM_REQUEST, "the green one"),
        ("I'm always online on whatsapp", Kind.OFF_PLATFORM_REQUEST, "whatsapp"),
        ("we're available on the blue app", Kind.OFF_PLATFORM_REQUEST, "the blue app"),
        ("I'm on tg, same name", Kind.OFF_PLATFORM_REQUEST, "tg"),
        ("I'm more active on the 💚 app", Kind.OFF_PLATFORM_REQUEST, "💚 app"),
        ("talk on the 💜 one", Kind.OFF_PLATFORM_REQUEST, "💜 one"),
        ("hmu on da gram", Kind.OFF_PLATFORM_REQUEST, "da gram"),
        ("wats ur numba", Kind.OFF_PLATFORM_REQUEST, "ur numba"),
        ("Check my bio 4 my contact", Kind.OFF_PLATFORM_REQUEST, "my bio"),
        ("find me on the ghost app", Kind.OFF_PLATFORM_REQUEST, "the ghost app"),
        ("we can link up on discord", Kind.OFF_PLATFORM_REQUEST, "discord"),
        ("reach me thru my site", Kind.OFF_PLATFORM_REQUEST, "my site"),
        # the platform kept from its cut
        ("we can do this without upwork taking a cut", Kind.OFF_PLATFORM_PAYMENT, "taking a cut"),
        ("pay me direct so fiverr doesnt take their cut", Kind.OFF_PLATFORM_PAYMENT, "take their cut"),
        ("we keep the 20% for ourselves if we go direct", Kind.OFF_PLATFORM_PAYMENT, "keep the 20%"),
        ("so neither of us pays the platform fee", Kind.OFF_PLATFORM_PAYMENT, "platform fee"),
        ("no need to give the site 20%, just pay me", Kind.OFF_PLATFORM_PAYMENT, "give the site 20%"),
        ("lets cut out the middleman and deal directly", Kind.OFF_PLATFORM_PAYMENT, "middleman"),
        ("we can do it off the books", Kind.OFF_PLATFORM_PAYMENT, "off the books"),
        ("we both save the 20%", Kind.OFF_PLATFORM_PAYMENT, "save the 20%"),
        ("leave upwork out of it and pay me directly", Kind.OFF_PLATFORM_PAYMENT, "upwork out"),
        ("why pay fees when we can deal direct", Kind.OFF_PLATFORM_PAYMENT, "deal direct"),
        ("pay me on the side so upwork dont take 20%", Kind.OFF_PLATFORM_PAYMENT, "take 20%"),
    ],
)
def test_chat_slang_asks_published_contacts_presence_and_the_platforms_cut(text: str, kind: Kind, cue: str) -> None:
    _assert_cue(text, kind, cue)


@pytest.mark.parametrize(
    "text",
    [
        "I'll drop the files tomorrow",
        "lmk ur thoughts",
        "let me know your budget",
        "digits after the decimal point",
        "make a snap decision",
        "@mention the team in Slack",
        "ping me here when ready",
        "send me a text file with the copy",
        "drop me a text when ur free",
        "I read the text on my phone",
        "check my profile for past work",
        "see my website for pricing",
        "link in the description of the video",
        "link in bio tool setup for my client's instagram",
        "the number on my website is outdated, please update the design",
        "is it allowed to put my email in my bio?",
        "sorry, I can't share my number here",
        "I'm more active in the mornings",
        "I'm available on weekends",
        "I'm active on Instagram, 20k followers, growing brands",
        "I'm online on the platform every day",
        "the green button on the dashboard",
        "upwork takes a 10% fee, thats fine",
        "we need to cut out the middleman in our supply chain",
        "our books are off by a few dollars",
        "he asked for my digits and I refused",
        "I'm on Zoom with a client right now",
        "I'm on whatsapp web now fixing the bot",
        "I'm on Facebook all day lol",
        "contact me via my upwork profile",
        "I am building a ghost app clone",
        "keep the site out of the sun",
        "no fees if you pay through the platform",
        "the 💜 one looks better for the logo",
        "I love the 👻 app filters",
        "what's your num of pages",
        "The contact info on my website needs a new layout",
        "The link in my bio goes to a broken page, can you fix it?",
        "my email is on my website's contact page, can you make it a form instead?",
    ],
)
def test_chat_slang_published_presence_and_cut_look_alikes_are_not_violations(text: str) -> None:
    assert _intents(text) == {}


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        # Arabizi "your" as a suffix of the noun, however its q and vowels are written
        ("Ab3atli raqamak 3ala el whatsapp", Kind.OFF_PLATFORM_REQUEST, "raqamak"),
        ("eb3atli ra2mek 3al whats", Kind.OFF_PLATFORM_REQUEST, "ra2mek"),
        # Egyptian stars ("negoom") and a future with "for you" as its suffix ("ha3melak", "ra7 a3tik")
        ("Law edetni 5 negoom ha3melak discount", Kind.FEEDBACK_MANIPULATION, "negoom"),
        ("iza a3taytni 5 njoum ra7 a3tik discount", Kind.FEEDBACK_MANIPULATION, "ra7 a3tik"),
    ],
)
def test_arabizi_suffixed_nouns_stars_and_promises(text: str, kind: Kind, cue: str) -> None:
    _assert_cue(text, kind, cue)


@pytest.mark.parametrize(
    "text",
    [
        "el raqam da ghalat fel invoice, sala7o",
        "negoom el film kanu 7elwin awi",
        "ha3melak el task bokra w ab3atlak el file hena",
        "el app fih 5 negoom 3al store, 3ayzeen nzawed el rating",
    ],
)
def test_arabizi_numbers_stars_and_promises_without_a_move_are_not_violations(text: str) -> None:
    assert not SCANNER.scan(text, PRE).decision.violation


@pytest.mark.parametrize(
    "text",
    [
        "let me know your phone model so I can test the app on it",
        "what is your phone's screen size?",
        "send me your email list in CSV",
        "what's your skype for business setup?",
    ],
)
def test_a_thing_of_the_contacts_kind_is_not_the_contact(text: str) -> None:
    assert not SCANNER.scan(text, PRE).decision.violation


@pytest.mark.parametrize("text", ["send me your number first", "what's your whatsapp business number?"])
def test_the_contact_itself_is_still_asked_for(text: str) -> None:
    assert SCANNER.scan(text, PRE).decision.violation


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # mobile money and national instant-payment apps, in their own languages
        ("can you pay me via M-Pesa instead?", "pay me via M-Pesa"),
        ("tuma pesa kwa mpesa yangu", "tuma pesa kwa mpesa"),
        ("pay me through easypaisa or jazzcash", "pay me through easypaisa"),
        # the rail as a verb or a noun of its own language
        ("yapeame y listo", "yapeame"),
        ("faz um pix pra mim", "faz um pix"),
        ("hazme un bizum", "hazme un bizum"),
    ],
)
def test_mobile_money_and_rails_as_verbs(text: str, cue: str) -> None:
    _assert_cue(text, Kind.OFF_PLATFORM_PAYMENT, cue)


@pytest.mark.parametrize(
    "text",
    [
        "I built the M-Pesa API integration for the shop",
        "faz um favor, revisa o texto",
        "the momo payment integration in the app needs tests",
    ],
)
def test_mobile_money_as_the_work_is_not_a_violation(text: str) -> None:
    assert not SCANNER.scan(text, PRE).decision.violation


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Pay the extra $50 or I'm giving you a bad review", "bad review"),
        ("approve it today or we're leaving a negative review", "negative review"),
    ],
)
def test_a_bad_review_threatened_with_or_and_a_present_tense(text: str, cue: str) -> None:
    _assert_cue(text, Kind.FEEDBACK_MANIPULATION, cue)


# Every spelling the lexicon knows of a messaging app, in each construction that asks for one's account there.
_APP_SPELLINGS = (
    "whatsap",
    "watsap",
    "wats app",
    "whtsapp",
    "wasap",
    "zapzap",
    "vatsap",
    "telegrm",
    "tele gram",
    "skyp",
    "threema",
    "weixin",
    "messenger",
    "kakaotalk",
    "kakao",
)


@pytest.mark.parametrize("app", _APP_SPELLINGS)
@pytest.mark.parametrize(
    "template",
    [
        "send me your {} pls",
        "what is your {} id?",
        "mándame tu {}",
        "me passa seu {} aí",
        "ano {} mo?",
        "ab3atli el {} bta3ak",
        "apna {} number bhejo",
        "my {} is the same as my name here, text me",
    ],
)
def test_every_spelling_of_a_messaging_app_is_an_account_asked_for(app: str, template: str) -> None:
    text = template.format(app)
    assert Kind.OFF_PLATFORM_REQUEST in _intents(text), text


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("wasap me when you're free", "wasap me"),
        ("discord me tonight", "discord me"),
        ("kakao me the details", "kakao me"),
        ("can I viber you tomorrow?", "can I viber you"),
        ("could we telegrm u later", "could we telegrm u"),
        ("mujhe wechat karo", "mujhe wechat karo"),
        ("escríbeme al correo cuando puedas", "escríbeme al correo"),
        ("háblame al celular", "háblame al celular"),
        ("escríbeme al número que te pasé", "escríbeme al número"),
    ],
)
def test_a_messaging_app_as_a_verb_and_a_channel_to_write_at(text: str, cue: str) -> None:
    _assert_cue(text, Kind.OFF_PLATFORM_REQUEST, cue)


@pytest.mark.parametrize(
    "text",
    [
        "I love your messenger bag in the photo",
        "snap me a photo of the error",
        "signal me when the build is ready",
        "ig me the file here pls",
        "can I zap you the invoice here",
        "share your telegram channel link so I can design the banner",
        "I need your threema gateway credentials to set up the alerts",
        "what is your kakao api key for the integration?",
        "your wechat mini program needs a redesign",
        "send me your w.a. report",
        "aapki photo sky pe dikh rahi hai",
        "el dc bta3ak fein?",
        "sorry, I can't share my wasap here, it's against the rules",
        "he asked for my telegrm, I refused",
    ],
)
def test_an_app_spelling_that_is_no_account_asked_for_is_not_a_violation(text: str) -> None:
    assert not SCANNER.scan(text, PRE).decision.violation, text


@pytest.mark.parametrize(
    ("platforms", "group"),
    [
        ({k: v for k, v in lx.CONTACT_PLATFORMS.items() if k not in {"email", "phone"}}, "_PLATFORM_STEMS"),
        ({k: lx.CONTACT_PLATFORMS[k] for k in ("email", "phone")}, "_PHONE_MAIL_STEMS"),
        (lx.PAYMENT_PLATFORMS, "_PAY_PLATFORM_STEMS"),
    ],
)
def test_every_lexicon_spelling_of_a_platform_opens_its_stem_group(
    platforms: dict[str, tuple[str, ...]], group: str
) -> None:
    """A spelling added to the lexicon without a stem would be found by no rule: the gate would hide it ("phonepe")."""
    from ringfence.intent import rules
    from ringfence.intent.rules import _GATES, _STEM_GROUPS

    stems: str = getattr(rules, group)
    index = next(i for i, g in enumerate(dict.fromkeys(g for groups, _ in _GATES for g in groups)) if g == stems)
    for aliases in platforms.values():
        for alias in aliases:
            for spelling in _spellings(alias):
                assert index in set(_STEM_GROUPS(f" {spelling} ".encode())), spelling


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("bhai paise paytm kar do", "paytm kar do"),
        ("gpay kar dijiye, fees bach jayegi", "gpay kar dijiye"),
        ("phonepe karo sir", "phonepe karo"),
        ("baaki amount upi pe transfer kar do", "upi pe transfer kar do"),
        ("paypal se payment kar do", "paypal se payment kar do"),
        ("easypaisa kar dein", "easypaisa kar dein"),
        ("bkash kore den vai", "bkash kore den"),
        ("pay me on phonepe", "pay me on phonepe"),
    ],
)
def test_a_rail_made_a_verb_by_hindi_karna_or_bengali_kora(text: str, cue: str) -> None:
    _assert_cue(text, Kind.OFF_PLATFORM_PAYMENT, cue)


@pytest.mark.parametrize(
    "text",
    [
        "paytm integration kar do",
        "paypal checkout setup kar do website pe",
        "gpay ka logo change kar do",
        "yahan pe pay karo, paytm mat karo",
        "bhai main paytm nahi karunga, upwork pe hi pay karo",
        "client ne bola paytm kar do, maine mana kar diya",
    ],
)
def test_a_rail_with_karna_that_is_the_work_or_refused_is_not_a_violation(text: str) -> None:
    assert not SCANNER.scan(text, PRE).decision.violation, text


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("bhai number de do", "number de do"),
        ("sir number do", "number do"),
        ("mujhe number do na", "number do"),
        ("whatsapp number bhejo jaldi", "whatsapp number bhejo"),
        ("contact number share karo please", "contact number share karo"),
        ("email id bhej dijiye", "email id bhej dijiye"),
        ("telegram id milega kya?", "telegram id milega"),
        ("wasap number send karo", "wasap number send karo"),
        ("gmail bhej do yaar", "gmail bhej do"),
        ("skype id bhejo", "skype id bhejo"),
    ],
)
def test_a_hinglish_ask_without_a_possessive(text: str, cue: str) -> None:
    _assert_cue(text, Kind.OFF_PLATFORM_REQUEST, cue)


@pytest.mark.parametrize(
    "text",
    [
        "order number bhejo, main status check karta hoon",
        "invoice number de do please",
        "page number batao",
        "tracking number bhej do",
        "client ka number bhejo",
        "owner ka mobile number chahiye list mein",
        "email id do baar check karo",
        "excel mein mobile number do column mein",
        "which phone number do you use for the OTP test?",
        "number mat bhejo yahan",
        "client ne bola whatsapp number bhejo, maine mana kar diya",
    ],
)
def test_a_hinglish_number_of_something_else_or_refused_is_not_a_violation(text: str) -> None:
    assert not SCANNER.scan(text, PRE).decision.violation, text


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("3atini raqmak", "3atini raqmak"),
        ("a3teeni raqmak law sama7t", "a3teeni raqmak"),
        ("3tiny ra2mak", "3tiny ra2mak"),
        ("e3tini el whatsapp bta3ak", "e3tini el whatsapp bta3ak"),
        ("b3atli raqmak", "b3atli raqmak"),
        ("ib3tli el email bta3ak", "ib3tli el email bta3ak"),
        ("eddini raqmak", "eddini raqmak"),
        ("hatly raqamak", "hatly raqamak"),
    ],
)
def test_arabizi_give_and_send_me_however_the_vowels_are_written(text: str, cue: str) -> None:
    _assert_cue(text, Kind.OFF_PLATFORM_REQUEST, cue)


@pytest.mark.parametrize(
    "text",
    ["3atini el file", "a3tini fikra 3an el budget", "ab3atli el design", "Edinburgh office", "the bethlehem job"],
)
def test_arabizi_give_and_send_me_without_a_contact_are_not_violations(text: str) -> None:
    assert not SCANNER.scan(text, PRE).decision.violation, text


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        # a bad rating deterred with a reward: the negation asks for a good one
        ("please don't leave bad feedback, I'll refund you", Kind.FEEDBACK_MANIPULATION, "refund"),
        ("don't give me a negative review and I'll send you $20 back", Kind.FEEDBACK_MANIPULATION, "$20"),
        ("please don't leave a 1 star review, I'll give you a discount", Kind.FEEDBACK_MANIPULATION, "discount"),
        ("por favor no me dejes una reseña negativa, te devuelvo el dinero", Kind.FEEDBACK_MANIPULATION, "devuelvo"),
        ("não deixe avaliação negativa, eu te devolvo o dinheiro", Kind.FEEDBACK_MANIPULATION, "devolvo"),
        ("ne laisse pas d'avis négatif, je te rembourse", Kind.FEEDBACK_MANIPULATION, "rembourse"),
        ("bura review mat dena, paise wapas kar dunga", Kind.FEEDBACK_MANIPULATION, "paise wapas"),
        ("please don't rate me badly, I'll refund you", Kind.FEEDBACK_MANIPULATION, "refund"),
        # the reward as what the rating earns
        ("rate me 10/10 and get 20% off next order", Kind.FEEDBACK_MANIPULATION, "20% off"),
        ("mark me 10/10 pls", Kind.FEEDBACK_MANIPULATION, "10/10"),
        ("leave a review and get 10% off your next order", Kind.FEEDBACK_MANIPULATION, "10% off"),
        ("déjame 5 estrellas y te llevas un descuento", Kind.FEEDBACK_MANIPULATION, "descuento"),
        ("deixa 5 estrelas e ganha 10% de desconto", Kind.FEEDBACK_MANIPULATION, "ganha"),
        ("laisse-moi 5 étoiles et tu obtiens 10% de réduction", Kind.FEEDBACK_MANIPULATION, "obtiens"),
        # the money released before the work is done
        ("release the payment first and I'll deliver tomorrow", Kind.FEEDBACK_MANIPULATION, "release"),
        ("please release the funds now, I'll finish the rest later", Kind.FEEDBACK_MANIPULATION, "funds"),
        ("libera o pagamento agora que eu entrego amanhã", Kind.FEEDBACK_MANIPULATION, "pagamento"),
        ("libera el pago ya y lo termino después", Kind.FEEDBACK_MANIPULATION, "pago"),
        ("payment release kar do, kaam kal kar dunga", Kind.FEEDBACK_MANIPULATION, "payment release"),
        # closed now, the work promised for afterwards
        ("fecha o contrato agora que eu termino depois", Kind.FEEDBACK_MANIPULATION, "contrato"),
        ("cierra el contrato ya, lo acabo más tarde", Kind.FEEDBACK_MANIPULATION, "contrato"),
        ("clôture le contrat, je le finis après", Kind.FEEDBACK_MANIPULATION, "contrat"),
        # paying outside, in the second person; the rail as a verb with the work it starts
        ("mejor me pagas por fuera de la plataforma", Kind.OFF_PLATFORM_PAYMENT, "pagas"),
        ("me pagas por fora da plataforma que sai mais barato", Kind.OFF_PLATFORM_PAYMENT, "pagas"),
        ("cashapp me and I'll start today", Kind.OFF_PLATFORM_PAYMENT, "cashapp me"),
        ("paypal me first, then I'll deliver", Kind.OFF_PLATFORM_PAYMENT, "paypal me"),
        ("venmo me & i'll get started", Kind.OFF_PLATFORM_PAYMENT, "venmo me"),
    ],
)
def test_feedback_traded_or_closed_early_and_payment_asked_in_other_words(text: str, kind: Kind, cue: str) -> None:
    _assert_cue(text, kind, cue)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("I never leave bad reviews, I'll refund you if you're unhappy", "message"),
        ("don't leave bad feedback please", "message"),
        ("score 10/10 on the quiz and get a bonus", "message"),
        ("our app scored 10/10 on lighthouse", "message"),
        ("Build a page where customers leave a review and get 10% off", "job_post"),
        ("once you're satisfied, please release the milestone", "message"),
        ("please release the payment for milestone 1, I'll start milestone 2 tomorrow", "message"),
        ("I'll deliver tomorrow and then you can release the payment", "message"),
        ("the payment was released, I'll deliver the rest tomorrow", "message"),
        ("payment release kar do, maine kaam kal hi deliver kar diya", "message"),
        ("¿cuánto pagas por hora aquí en la plataforma?", "message"),
        # a question about the rules, not a move
        ("is it ok to send my phone number here?", "message"),
        ("is it okay if I share my whatsapp here?", "message"),
        ("is it okay for me to send my whatsapp here?", "message"),
        ("¿está bien si te paso mi número aquí?", "message"),
        ("c'est ok si je donne mon numéro ici ?", "message"),
        # the payment rail or the account as the work
        ("Necesito integrar pagos por PIX en mi tienda", "job_post"),
        ("Preciso integrar pagamentos via PIX na minha loja", "job_post"),
        ("Intégrer le paiement par PayPal dans ma boutique", "job_post"),
        ("Need a developer for WhatsApp number verification", "job_post"),
        ("WhatsApp OTP verification for our app", "job_post"),
        ("I can't work outside the platform, sorry", "message"),
        ("the script should work outside the app too", "message"),
        # a fee beside a move that goes on in the work
        ("the fee is 10%, we can work directly in your Figma file", "message"),
        ("the service fee is included; I can start directly", "message"),
        ("I will pay the fee directly to the platform", "message"),
        # a rating given, after a Tagalog "po" that ends the thanks
        ("Salamat po, limang bituin para sa inyo!", "review"),
        ("Salamat po, limang bituin para sa inyo!", "message"),
    ],
)
def test_honest_feedback_rule_questions_and_work_are_not_violations(text: str, surface: str) -> None:
    assert not SCANNER.scan(text, Context(surface, "pre_contract")).decision.violation, text


@pytest.mark.parametrize(
    "text",
    ["is it ok to send me your number?", "send me your whatsapp number for verification"],
)
def test_an_ask_for_your_contact_stays_a_request_when_it_sounds_like_a_question(text: str) -> None:
    assert Kind.OFF_PLATFORM_REQUEST in _intents(text), text


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a hiring step announced on an outside chat app
        ("Interviews will be conducted on Telegram only.", "job_post"),
        ("All communication happens on Slack after you apply", "job_post"),
        ("All communication will be on Discord once you apply.", "job_post"),
        ("The interview will take place over Skype.", "job_post"),
        ("Further discussion will happen on WhatsApp.", "job_post"),
        ("We will reach out to shortlisted freelancers through Telegram.", "job_post"),
        ("Las entrevistas se harán por WhatsApp.", "job_post"),
        ("Os candidatos selecionados serão contatados pelo WhatsApp.", "job_post"),
        ("Les entretiens se feront sur Telegram.", "job_post"),
        ("Are you ok doing the interview on WhatsApp?", "screening_question"),
        ("Communication: Telegram only.", "job_post"),
        ("Onboarding happens in our Slack workspace.", "job_post"),
        ("A comunicação será feita pelo WhatsApp.", "job_post"),
    ],
)
def test_a_hiring_step_on_an_outside_app_is_a_request(text: str, surface: str) -> None:
    result = SCANNER.scan(text, Context(surface, "pre_contract"))
    assert any(f.violation and f.kind is Kind.OFF_PLATFORM_REQUEST for f in result.findings), text


@pytest.mark.parametrize(
    "text",
    [
        "gift cards work too, amazon or steam",
        "pay me in steam cards",
        "I accept google play gift cards",
        "you can pay with an amazon gift card",
        "send me itunes gift cards instead",
        "paga con tarjetas de regalo de amazon",
        "pode pagar com gift card da steam",
        "I take apple gift cards as payment",
        "just buy a $100 google play card and send me the code",
        "I'd prefer payment in steam gift cards",
        "send the payment as an apple gift card",
        "payez-moi en cartes cadeaux amazon",
        "me paga com vale-presente da amazon",
    ],
)
def test_a_gift_card_as_the_payment_is_an_outside_payment(text: str) -> None:
    assert Kind.OFF_PLATFORM_PAYMENT in _intents(text), text


@pytest.mark.parametrize(
    "text",
    [
        "you can tip me at buymeacoffee.com/jakedev, cheaper than the fees",
        "buy it on my gumroad: gumroad.com/l/logo-pack",
        "support me on my ko-fi page and I'll do the extra revisions",
        "I'll email you a Square invoice for the rest",
        "let me send a QuickBooks invoice directly",
        "pay on my website's checkout: annadesigns.com/checkout",
        "I'll send a payment link from my Shopify store",
        "use escrow.com instead, it's cheaper than here",
        "let's make the contract $20 and you send me the other $480 directly",
        "send usdt trc20",
        "pay me 200 usdt (bep20) before I start",
    ],
)
def test_own_checkouts_tip_pages_outside_escrow_and_coins_on_a_chain_are_outside_payments(text: str) -> None:
    assert Kind.OFF_PLATFORM_PAYMENT in _intents(text), text


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Integrate Stripe checkout into our Shopify store", "job_post"),
        ("Need a Ko-fi page banner and Patreon header for my art account", "job_post"),
        ("Users should be able to tip via our Ko-fi page button, need a developer", "job_post"),
        ("customers pay on my store's checkout and the order email never arrives", "job_post"),
        ("our smart contract should send usdt trc20 to users on withdraw", "job_post"),
        ("I accept payments only via the milestone here, no PayPal or crypto", "message"),
        ("I'll send you the invoice through the platform once the milestone is approved", "message"),
        ("Want hot pics sent direct 2 ur phone? Txt PICS to 69855", "message"),
    ],
)
def test_checkouts_as_the_work_and_refusals_of_outside_rails_are_not_outside_payments(text: str, surface: str) -> None:
    kinds = {f.kind for f in SCANNER.scan(text, Context(surface, "pre_contract")).findings if f.violation}
    assert Kind.OFF_PLATFORM_PAYMENT not in kinds, text


def test_a_rating_trade_and_a_payment_outside_in_the_same_words_are_both_found() -> None:
    text = "if you leave me 5 stars too I'll send you a $100 bonus outside the platform, deal?"
    assert {Kind.FEEDBACK_MANIPULATION, Kind.OFF_PLATFORM_PAYMENT} <= set(_intents(text))


@pytest.mark.parametrize(
    "text",
    [
        "gimme a buzz tomorrow",
        "give me a shout on the phone",
        "let's take this private",
        "I need a way to reach you outside of here",
    ],
)
def test_slang_asks_to_call_or_go_private_are_requests(text: str) -> None:
    assert Kind.OFF_PLATFORM_REQUEST in _intents(text), text


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Experience with Telegram bots required", "job_post"),
        ("the app sends WhatsApp notifications", "job_post"),
        ("Interviews will be conducted via the platform chat.", "job_post"),
        ("Interviews will be held in our office.", "job_post"),
        ("Meetings will be in DC next week.", "job_post"),
        ("The interview will be on Zoom.", "job_post"),
        ("Interviews will not be on Telegram.", "job_post"),
        ("Interviews will be on the platform, no Telegram or WhatsApp please.", "job_post"),
        ("Our team communication is on Slack already, we need a Slack app built.", "job_post"),
        ("our users can pay with gift cards once you finish the checkout", "message"),
        ("Discussion will happen on WhatsApp groups of our customers, we need a moderation bot.", "job_post"),
        ("the store sells gift cards", "message"),
        ("build a gift card module", "job_post"),
        ("add steam gift card redemption to my site", "job_post"),
        ("We are a gift card marketplace; build a page where users pay with gift cards.", "job_post"),
        ("send me the gift card mockups when ready", "message"),
        ("I got an amazon gift card for my birthday lol", "message"),
        ("give me a shout if you have questions", "message"),
        ("rate the app 5 stars and get a badge in the game", "message"),
        ("Users who rate our app 5 stars get 100 coins; implement the prompt.", "job_post"),
    ],
)
def test_chat_apps_gift_cards_and_app_ratings_as_the_work_are_not_violations(text: str, surface: str) -> None:
    assert not SCANNER.scan(text, Context(surface, "pre_contract")).decision.violation, text


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the applicant told to be on the app for the step, put in its group, or sent there for the task
        ("Please be available on WhatsApp for the interview", "job_post"),
        ("Shortlisted candidates will be added to a WhatsApp group", "job_post"),
        ("You'll be added to our WhatsApp group for updates", "message"),
        ("Join our Discord server to get the task", "job_post"),
        ("join our telegram group to receive the task details", "job_post"),
        ("Te agregaremos a un grupo de WhatsApp para la entrevista", "job_post"),
        ("Você será adicionado a um grupo no Telegram", "job_post"),
        ("vous serez ajouté au groupe WhatsApp", "job_post"),
        # the trial work as the step
        ("the test task will be sent on Telegram", "job_post"),
        ("Task details will be sent via Telegram after selection", "job_post"),
        ("the assessment will be shared in our discord", "job_post"),
        ("Final round happens on Skype, add me", "message"),
        # Hinglish and Tagalog, the verb last
        ("Interview Telegram pe hoga", "message"),
        ("whatsapp pe interview hoga kal", "message"),
        ("Ang interview ay sa Viber gagawin", "job_post"),
        # a meeting app, on the sender's own account
        ("we'll do the interview over Zoom on my personal account", "message"),
        ("join the call via my private Skype link", "message"),
        ("Las entrevistas serán vía Zoom desde mi cuenta personal", "job_post"),
        ("Kindly send a hi on WhatsApp to schedule the interview", "job_post"),
        ("Deberás unirte a nuestro grupo de Telegram", "job_post"),
        ("entre no nosso grupo do WhatsApp para receber a tarefa", "job_post"),
        ("rejoignez notre serveur Discord pour le test", "job_post"),
        ("discord server join karo task ke liye", "message"),
    ],
)
def test_a_hiring_step_moved_to_an_app_group_or_own_account_is_a_request(text: str, surface: str) -> None:
    result = SCANNER.scan(text, Context(surface, "pre_contract"))
    assert any(f.violation and f.kind is Kind.OFF_PLATFORM_REQUEST for f in result.findings), text


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("I need a Slack integration for our CRM", "job_post"),
        ("build a Discord bot for my server", "job_post"),
        ("I manage a WhatsApp group for a client", "message"),
        ("Zoom meetings are allowed through the platform's call feature?", "message"),
        ("the bot will be added to our Telegram group", "job_post"),
        ("users will be added to a WhatsApp group automatically", "job_post"),
        ("Join our Discord server to get the latest updates", "job_post"),
        ("the test task is to build a Telegram bot", "job_post"),
        ("the assessment covers Telegram bots", "job_post"),
        ("I won't be available on WhatsApp for the interview, only here", "message"),
        ("our team uses my personal zoom account for client calls", "message"),
        ("the final round happens on the platform", "job_post"),
        ("users must join our WhatsApp group to get the coupon", "job_post"),
        ("add a 'join our telegram group' button to the landing page", "job_post"),
    ],
)
def test_an_app_group_or_server_as_the_work_or_refused_is_not_a_violation(text: str, surface: str) -> None:
    assert not SCANNER.scan(text, Context(surface, "pre_contract")).decision.violation, text


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("I need a telegram username checker bot", "job_post"),
        ("need a discord handle checker", "job_post"),
        ("I have built WhatsApp number validators before", "proposal"),
        ("I want a script that verifies WhatsApp numbers in bulk", "job_post"),
        ("Need a tool that scrapes Telegram usernames from groups", "job_post"),
        ("Our app should let users share their Skype ID on their profile", "job_post"),
        ("We need a WhatsApp number generator for testing", "job_post"),
        ("need an Instagram handle availability checker", "job_post"),
        ("Our CRM must store each customer's WhatsApp number", "job_post"),
    ],
)
def test_a_tool_for_contact_accounts_is_the_work_not_an_ask(text: str, surface: str) -> None:
    assert not SCANNER.scan(text, Context(surface, "pre_contract")).decision.violation, text


@pytest.mark.parametrize(
    "text",
    [
        "lets go private, here is too restrictive",
        "let's take this conversation private",
        "can we talk in private? this chat is monitored",
        "give me a shout directly",
        "mejor hablemos en privado",
        "podemos falar no privado?",
        "on se parle en privé ?",
        "chalo private mein baat karte hain",
        "usap tayo sa labas",
        "khalina nkamel 3al private",
        "prefer to talk in private, too many eyes here",
        "let's move to a more private place",
        "parlons-en ailleurs",
        "on continue en MP",
        "personal pe baat karte hain",
    ],
)
def test_the_talk_taken_private_without_an_app_is_a_request(text: str) -> None:
    assert Kind.OFF_PLATFORM_REQUEST in _intents(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Is it a private repository?",
        "We are in private beta",
        "drop me a line here in chat",
        "I'll buzz the courier",
        "let's talk about the private API",
        "let's go private with the repo",
        "we should go private next year",
        "give me a shout directly here in the chat",
        "make the profile private by default",
        "kain tayo sa labas",
        "the repo should move to private.",
        "move the file to a private folder",
        "my personal opinion is that",
    ],
)
def test_private_things_and_talk_here_are_not_violations(text: str) -> None:
    assert Kind.OFF_PLATFORM_REQUEST not in _intents(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Aceito apenas pix",
        "só aceito pix",
        "acepto únicamente USDT",
        "Je n'accepte que les cryptos",
        "on ne prend que virement bancaire",
        "payment sirf crypto mein",
        "I only take USDT",
        "mark it as a gift so paypal doesn't charge",
        "set it as personal on paypal",
        "solo efectivo",
        "paypal gift option pls, no fees",
    ],
)
def test_one_rail_only_and_a_payment_marked_as_a_gift_are_outside_payments(text: str) -> None:
    assert Kind.OFF_PLATFORM_PAYMENT in _intents(text), text


@pytest.mark.parametrize(
    "text",
    [
        "integrate USDT payments into the app",
        "the client pays via the platform's escrow",
        "the app should accept crypto only for premium users",
        "I've built crypto payment gateways with USDT TRC20 support",
        "Je n'accepte pas les cryptos",
        "send it as a gift for her birthday",
        "I will only accept payment through the platform",
        "we support only PayPal in the app",
    ],
)
def test_a_product_taking_a_rail_refusals_and_real_gifts_are_not_outside_payments(text: str) -> None:
    assert Kind.OFF_PLATFORM_PAYMENT not in _intents(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Applicants must include their WhatsApp number",
        "Please share your Skype ID in your proposal",
        "send your telegram username to apply",
        "You must send your WhatsApp number to be considered",
        "I need your telegram username, checker of the designs",
    ],
)
def test_an_application_asked_for_a_contact_account_is_still_a_violation(text: str) -> None:
    assert SCANNER.scan(text, Context("job_post", "pre_contract")).decision.violation, text


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a rail's details or a remittance payee, no verb
        ("western union to Kim Nguyen, Manila", "western union to Kim Nguyen"),
        ("moneygram: receiver name Ana Lopez", "moneygram: receiver"),
        ("remitly to my mom's account", "remitly to my mom's"),
        ("bank transfer details below", "bank transfer details below"),
        ("here are my bank details", "here are my bank details"),
        ("payoneer details sent in DM", "payoneer details sent in"),
        ("datos para western union: Carlos Ruiz, Lima", "datos para western union"),
        ("dados do pix abaixo", "dados do pix abaixo"),
        ("voici mes coordonnées bancaires", "voici mes coordonnées bancaires"),
        # receiving on a rail
        ("I can receive moneygram too", "I can receive moneygram"),
        ("main paytm pe receive karta hoon", "paytm pe receive karta"),
        ("paytm pe le leta hoon", "paytm pe le leta"),
        ("ana ba2bal western union", "ba2bal western union"),
        # a part of the price on a rail
        ("half here, half on paypal", "half on paypal"),
        ("milestone 2 through wise", "milestone 2 through wise"),
        ("la mitad aquí y la otra mitad por paypal", "la otra mitad por paypal"),
        ("baaki paytm pe", "baaki paytm pe"),
        ("kalahati dito, kalahati sa gcash", "kalahati sa gcash"),
    ],
)
def test_rail_details_receiving_on_a_rail_and_part_of_the_price_outside(text: str, cue: str) -> None:
    _assert_cue(text, Kind.OFF_PLATFORM_PAYMENT, cue)


@pytest.mark.parametrize(
    "text",
    [
        "puedo recibir por zelle",
        "je peux recevoir par western union",
        "tumatanggap ako ng gcash",
        "the remaining 50% via bank transfer",
        "el ba2i 3ala paypal",
        "western union details for Juan Perez, Quezon City",
        "sí recibo zelle",
        "je reçois paypal aussi",
        "metade agora, metade no pix",
        "half now via escrow and half on paypal later",
        "bank acc details: 1234567",
        "wise info sent",
    ],
)
def test_receiving_verbs_and_remittance_payees_in_other_languages_are_outside_payments(text: str) -> None:
    assert Kind.OFF_PLATFORM_PAYMENT in _intents(text), text


@pytest.mark.parametrize(
    "text",
    [
        "bank details form validation",
        "the payoneer details page shows my balance",
        "moneygram receiver name field is missing in the form",
        "Western Union to Mexico costs less than Remitly",
        "compare Western Union to Remitly fees",
        "integrate western union API",
        "can I receive payment via paypal here?",
        "I don't accept western union",
        "mujhe paytm pe receive nahi hota",
        "I received payments on Upwork for 5 years",
        "I receive notifications on Slack",
        "half the users pay with paypal",
        "half here, half on delivery",
        "milestone 2 is the checkout integration with paypal",
        "the remaining balance will be released on upwork",
        "the western union receiver screen crashes",
        "our company bank details are on the invoice template",
        "rest assured, payment will be via upwork",
        "the remaining 50% of the work is testing",
        "The onboarding form asks for bank details: account name, IBAN, BIC",
        "The employee profile has bank details below the address section",
        "el formulario pide datos bancarios: IBAN y titular",
    ],
)
def test_payment_details_as_the_work_rule_questions_and_refusals_are_not_outside_payments(text: str) -> None:
    assert Kind.OFF_PLATFORM_PAYMENT not in _intents(text), text


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        # the application itself sent another way than the platform
        ("Apply by emailing your portfolio directly to us", Kind.OFF_PLATFORM_REQUEST, "Apply by emailing"),
        ("send your CV to our HR email", Kind.OFF_PLATFORM_REQUEST, "send your CV to our HR email"),
        ("apply through our website instead", Kind.OFF_PLATFORM_REQUEST, "apply through our website"),
        ("To apply, email your resume to our recruiter", Kind.OFF_PLATFORM_REQUEST, "email your resume"),
        ("Postúlate enviando tu CV a nuestro correo", Kind.OFF_PLATFORM_REQUEST, "enviando tu CV a nuestro correo"),
        (
            "Envoyez votre CV à notre adresse e-mail",
            Kind.OFF_PLATFORM_REQUEST,
            "Envoyez votre CV à notre adresse e-mail",
        ),
        (
            "Mag-apply sa pamamagitan ng pag-email ng resume mo",
            Kind.OFF_PLATFORM_REQUEST,
            "Mag-apply sa pamamagitan ng pag-email",
        ),
        # the plural imperatives of a post to many readers
        ("Interesados escríbanme por WhatsApp", Kind.OFF_PLATFORM_REQUEST, "escríbanme por WhatsApp"),
        ("Interessados me chamem no WhatsApp", Kind.OFF_PLATFORM_REQUEST, "me chamem no WhatsApp"),
        # the rating's words dictated
        ("could you leave a review saying I delivered on time?", Kind.FEEDBACK_MANIPULATION, "leave a review saying"),
        ("write in the review that I was fast", Kind.FEEDBACK_MANIPULATION, "write in the review that"),
        ("in your review, say the quality was excellent", Kind.FEEDBACK_MANIPULATION, "in your review, say"),
        ("escreva na avaliação que fui rápido", Kind.FEEDBACK_MANIPULATION, "escreva na avaliação que"),
        ("pakisabi sa review na mabilis ako", Kind.FEEDBACK_MANIPULATION, "pakisabi sa review na"),
        ("review mein likh dena ki delivery time pe hui", Kind.FEEDBACK_MANIPULATION, "review mein likh"),
        # the reader's own rating to be edited
        (
            "can you update your feedback to something nicer?",
            Kind.FEEDBACK_MANIPULATION,
            "update your feedback to something nicer",
        ),
        ("would you mind editing your feedback?", Kind.FEEDBACK_MANIPULATION, "would you mind editing your feedback"),
        ("pouvez-vous modifier votre avis?", Kind.FEEDBACK_MANIPULATION, "pouvez-vous modifier votre avis"),
        # an order placed only to carry a rating, and ratings swapped
        (
            "I'll create a small order just so you can review me",
            Kind.FEEDBACK_MANIPULATION,
            "create a small order just so you can review me",
        ),
        (
            "I'll open a test order just for the review",
            Kind.FEEDBACK_MANIPULATION,
            "open a test order just for the review",
        ),
        (
            "hago un pedido solo para que me dejes una reseña",
            Kind.FEEDBACK_MANIPULATION,
            "hago un pedido solo para que me dejes una reseña",
        ),
        ("let's swap reviews", Kind.FEEDBACK_MANIPULATION, "swap reviews"),
        ("CV bhejo hamare email pe", Kind.OFF_PLATFORM_REQUEST, "CV bhejo hamare email pe"),
        ("Apply now: send your portfolio to our Gmail", Kind.OFF_PLATFORM_REQUEST, "send your portfolio to our Gmail"),
        (
            "just write that I was quick in the review",
            Kind.FEEDBACK_MANIPULATION,
            "write that I was quick in the review",
        ),
        ("pls edit ur review", Kind.FEEDBACK_MANIPULATION, "pls edit ur review"),
    ],
)
def test_applications_sent_elsewhere_dictated_edited_staged_and_swapped_reviews(
    text: str, kind: Kind, cue: str
) -> None:
    assert cue in _intents(text).get(kind, []), text


@pytest.mark.parametrize(
    "text",
    [
        "Apply with your portfolio through the platform",
        "email marketing experience required",
        "must know LinkedIn outreach",
        "Build a page so users can apply through our website",
        "the portal lets candidates apply by email after we review",
        "Send your portfolio with the proposal",
        "please leave honest feedback",
        "the review should mention the product features",
        "I write product reviews for Amazon sellers",
        "can you review my code?",
        "the client left a review saying I was fast",
        "I'll leave a review saying you were great",
        "can you update your review of the PR comments",
        "we swap reviews of each other's code",
        "I'll place an order so you can start the work",
        "can you fix the review page?",
        "hago un pedido para que me dejes el archivo",
        "Apply filters by email domain",
        "I'll write in the review what I honestly think",
        "we exchange reviews of pull requests daily",
    ],
)
def test_applications_here_review_work_and_own_reviews_are_not_violations(text: str) -> None:
    assert not _intents(text), text


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        # a message asked for by email, the noun said, in several languages
        ("Great, send me an email and we continue there.", Kind.OFF_PLATFORM_REQUEST, "send me an email"),
        ("Envíame un correo y seguimos por allá.", Kind.OFF_PLATFORM_REQUEST, "Envíame un correo"),
        ("Envoie-moi un mail, je t'expliquerai tout.", Kind.OFF_PLATFORM_REQUEST, "Envoie-moi un mail"),
        ("mujhe mail kar do details ke saath", Kind.OFF_PLATFORM_REQUEST, "mujhe mail kar do"),
        # somewhere else to talk, a contact to be reached on, an infinitive after a modal
        ("is there somewhere else we could chat?", Kind.OFF_PLATFORM_REQUEST, "somewhere else we could chat"),
        ("Got a personal line I can reach you on?", Kind.OFF_PLATFORM_REQUEST, "personal line"),
        ("pouvez-vous me donner votre numéro ?", Kind.OFF_PLATFORM_REQUEST, "votre numéro"),
        ("momken nkalmak 3ala el telegram?", Kind.OFF_PLATFORM_REQUEST, "telegram"),
        # paid outside with the object between, the rail promised, the account asked for
        ("I'll pay you the full amount outside the platform", Kind.OFF_PLATFORM_PAYMENT, "pay you"),
        ("I accept bank transfers", Kind.OFF_PLATFORM_PAYMENT, "accept bank transfers"),
        ("seedha UPI kar deta hoon", Kind.OFF_PLATFORM_PAYMENT, "UPI kar deta"),
        ("Me passa sua chave pix que te pago agora.", Kind.OFF_PLATFORM_PAYMENT, "chave pix"),
        ("ana ha7awel lak el floos 3ala instapay", Kind.OFF_PLATFORM_PAYMENT, "instapay"),
        ("Vamos fazer o pagamento fora da plataforma", Kind.OFF_PLATFORM_PAYMENT, "pagamento fora"),
        ("Let's close this contract and I'll send the rest through PayPal", Kind.OFF_PLATFORM_PAYMENT, "PayPal"),
        # a top rating asked with an infinitive
        ("Puedes dejarme 5 estrellas?", Kind.FEEDBACK_MANIPULATION, "5 estrellas"),
        ("Se você me der 5 estrelas eu faço o próximo de graça.", Kind.FEEDBACK_MANIPULATION, "5 estrelas"),
    ],
)
def test_email_asks_places_to_talk_outside_payments_and_infinitive_ratings(text: str, kind: Kind, cue: str) -> None:
    _assert_cue(text, kind, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Translate our app's onboarding: 'Share your phone number to receive a code'.",
        "Write copy for a landing page: 'Contact us on WhatsApp for a free quote'.",
        "Our clients pay us by bank transfer; you'll build the invoicing module.",
        "I'll send you the files directly once they're approved.",
        "I asked him to send me an email and he refused",
        "Can you write me an email to my landlord asking for repairs?",
        "Send me an email template for our onboarding sequence.",
        "Can you pls send me a mail on all you know about the costs?",
        "Is there another way we could talk about the budget?",
    ],
)
def test_quoted_copy_business_payers_sent_files_and_topics_are_not_violations(text: str) -> None:
    assert not SCANNER.scan(text, PRE).decision.violation, text


def test_a_move_with_no_payment_named_is_not_read_as_one() -> None:
    found = _intents("let's chat somewhere without the fees, you know what I mean")
    assert Kind.OFF_PLATFORM_REQUEST in found, found


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        # formal imperatives (usted, você) and the sender's own address named
        ("Contácteme al WhatsApp para enviarle la cotización.", Kind.OFF_PLATFORM_REQUEST, "Contácteme al WhatsApp"),
        ("Me ligue amanhã no meu celular.", Kind.OFF_PLATFORM_REQUEST, "Me ligue"),
        ("Contactez-moi sur mon mail perso.", Kind.OFF_PLATFORM_REQUEST, "Contactez-moi sur mon mail"),
        # another way or place to talk, and a number to be reached at
        ("¿Tienes otra forma de contacto? Aquí tardo.", Kind.OFF_PLATFORM_REQUEST, "otra forma de contacto"),
        ("koi dusra tarika hai baat karne ka?", Kind.OFF_PLATFORM_REQUEST, "dusra tarika hai baat"),
        ("Tu as un numéro où je peux te joindre ?", Kind.OFF_PLATFORM_REQUEST, "un numéro où je peux te joindre"),
        # job posts with the verb first or the application after the contact
        ("Apply karte waqt apna WhatsApp number zaroor likhein", Kind.OFF_PLATFORM_REQUEST, "likhein"),
        ("lazem tekteb raqam el whatsapp fel proposal", Kind.OFF_PLATFORM_REQUEST, "fel proposal"),
        # a good rating made the condition of a reprisal; one star as a word; ratings swapped
        ("Si no me das buena calificación abro una disputa.", Kind.FEEDBACK_MANIPULATION, "buena calificación"),
        ("agar 5 star nahi diya to main refund nahi dunga", Kind.FEEDBACK_MANIPULATION, "5 star nahi diya to"),
        ("Se não me pagar o extra, vou te dar uma estrela.", Kind.FEEDBACK_MANIPULATION, "uma estrela"),
        ("Te dejo 5 estrellas si tú me dejas 5 también.", Kind.FEEDBACK_MANIPULATION, "si tú me dejas"),
        # closing early with the work promised for tomorrow
        ("2efel el contract w 7ot taqyeem, bokra akhales", Kind.FEEDBACK_MANIPULATION, "bokra akhales"),
        # paying outside
        (
            "Si tu me paies hors plateforme, je te fais 20 % de remise.",
            Kind.OFF_PLATFORM_PAYMENT,
            "paies hors plateforme",
        ),
        ("7awel el floos 3ala 7esabi el bank w nwaffar el 3omola", Kind.OFF_PLATFORM_PAYMENT, "nwaffar el 3omola"),
        ("Faço por R$ 800 aqui ou R$ 650 se for no Pix direto.", Kind.OFF_PLATFORM_PAYMENT, "no Pix direto"),
        ("Pa-send po ng contact number niyo para ma-explain ko", Kind.OFF_PLATFORM_REQUEST, "contact number niyo"),
        (
            "Fecha o contrato hoje e me avalia, os ajustes eu faço depois.",
            Kind.FEEDBACK_MANIPULATION,
            "Fecha o contrato",
        ),
    ],
)
def test_formal_imperatives_other_ways_conditions_and_swaps(text: str, kind: Kind, cue: str) -> None:
    _assert_cue(text, kind, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Llámeme la atención si algo no está claro en el brief.",
        "Contácteme por aquí cuando termine la revisión.",
        "¿Hay otra forma de contacto dentro de la plataforma, como videollamada?",
        "koi aur tarika hai design ka? ye wala pasand nahi aaya",
        "Necesitamos un número de teléfono donde los clientes puedan llamar a la tienda.",
        "Si no te gusta el diseño, no hace falta dejar 5 estrellas, dime qué cambio.",
        "If you don't think it deserves 5 stars, tell me what to fix.",
        "accha review nahi mila to bhi koi baat nahi, main improve karunga",
        "Apply karte waqt apna portfolio zaroor likhein",
        "ana barra delwa2ty, bokra akhales el shoghl w ab3atlak",
        "Preciso de integração com Pix direto no checkout da minha loja.",
    ],
)
def test_formal_imperative_other_way_and_condition_look_alikes_are_not_violations(text: str) -> None:
    assert not SCANNER.scan(text, PRE).decision.violation


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        # the channel alone, asked of the reader
        ("The PDF is too big here, so could you write to me by email instead?", Kind.OFF_PLATFORM_REQUEST, "by email"),
        ("If you need help, contact me by phone.", Kind.OFF_PLATFORM_REQUEST, "contact me by phone"),
        # "there" for an app just named
        ("Instagram work account: @cuts.by.nikos (DM me there for rates)", Kind.OFF_PLATFORM_REQUEST, "DM me there"),
        # a thing sent by an app or email, no "you"
        ("I'll send the mockups via WhatsApp once you accept.", Kind.OFF_PLATFORM_REQUEST, "via WhatsApp"),
        ("I can't attach it here, so let me send it by email.", Kind.OFF_PLATFORM_REQUEST, "send it by email"),
        # an app said to be the easier way
        ("If anything is unclear, it's quicker on Skype.", Kind.OFF_PLATFORM_REQUEST, "quicker on Skype"),
        # an item of a list of what to send
        ("Please answer:\n- your hourly rate\n- your WhatsApp number", Kind.OFF_PLATFORM_REQUEST, "WhatsApp number"),
    ],
)
def test_channels_asked_for_sent_by_named_there_easier_or_listed(text: str, kind: Kind, cue: str) -> None:
    _assert_cue(text, kind, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The client will contact me by email when the files are ready.",
        "Our Instagram is busy; customers DM us there daily.",
        "We'll send the order confirmations via WhatsApp and the receipts by email automatically.",
        "I can send the newsletter by email to your subscribers every Friday.",
        "It's faster on Telegram than on WhatsApp for bots of this size.",
        "Our bot flow:\n- your WhatsApp account gets a welcome message",
        "Ad spend is paid by you directly to Google.",
    ],
)
def test_reports_work_channels_comparisons_and_vendor_payments_are_not_violations(text: str) -> None:
    assert not SCANNER.scan(text, PRE).decision.violation


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        # the account asked for right after the app is named; the contact and a "please" as the whole ask
        ("ente 3andak insta? ab3atli el username", Kind.OFF_PLATFORM_REQUEST, "insta? ab3atli el username"),
        ("insta hai? id bhejo", Kind.OFF_PLATFORM_REQUEST, "insta hai? id bhejo"),
        ("wa number pls", Kind.OFF_PLATFORM_REQUEST, "wa number pls"),
        ("Hi! WhatsApp number? I'll send the files there", Kind.OFF_PLATFORM_REQUEST, "WhatsApp number?"),
        # an app's name as the message, SMS spellings, French imperatives without their hyphen
        ("manda um zap que eu te explico", Kind.OFF_PLATFORM_REQUEST, "manda um zap"),
        ("wtsp pe baat karte hain", Kind.OFF_PLATFORM_REQUEST, "wtsp pe baat"),
        ("ajoute moi sur snap", Kind.OFF_PLATFORM_REQUEST, "ajoute moi sur snap"),
        ("pwede ka sa viber? dun na lang tayo", Kind.OFF_PLATFORM_REQUEST, "pwede ka sa viber"),
        # the platform refused as the way, or called a hassle, next to a rail
        ("bonus upwork se mat do, UPI pe bhej dena", Kind.OFF_PLATFORM_PAYMENT, "UPI pe bhej"),
        ("send mo nalang sa gcash ko, hassle sa upwork", Kind.OFF_PLATFORM_PAYMENT, "send mo nalang sa gcash"),
        # a rail with the postposition after it, or the money sent "there"
        ("pay kar do jazzcash pe", Kind.OFF_PLATFORM_PAYMENT, "jazzcash pe"),
        ("mera gpay number 98xxxx hai, wahan bhej do", Kind.OFF_PLATFORM_PAYMENT, "wahan bhej"),
        ("pagame con yape y listo", Kind.OFF_PLATFORM_PAYMENT, "pagame con yape"),
        # closing early and dictating or trading a review, in Hinglish, Tagalog and Arabizi
        ("order complete mark kar do abhi, kaam kal bhej dunga", Kind.FEEDBACK_MANIPULATION, "complete mark kar do"),
        ("i-mark mo na complete yung order, ipapasa ko bukas", Kind.FEEDBACK_MANIPULATION, "ipapasa ko bukas"),
        ("ekteb fel review en el shoghl kan momtaz", Kind.FEEDBACK_MANIPULATION, "ekteb fel review en"),
        ("e3teeni review kwayes w ana a3mellak el ta3deel balash", Kind.FEEDBACK_MANIPULATION, "ana a3mellak"),
    ],
)
def test_elliptic_asks_rails_named_there_and_mixed_language_reviews(text: str, kind: Kind, cue: str) -> None:
    _assert_cue(text, kind, cue)


@pytest.mark.parametrize(
    "text",
    [
        "invoice number pls, accounting needs it",
        "ig or tiktok? send me the link to the brief",
        "send me a signal when ready",
        "manda um zap pro cliente avisando da entrega",
        "client ne GCash pe pay karne bola, maine mana kar diya",
        "puwede bang mag-bayad sa GCash dito sa platform?",
        "¿Se puede pagar con PayPal a través de la plataforma?",
        "los usuarios pagan con nequi en la app",
        "UPI integration done, wahan test payment bhej ke dekho",
    ],
)
def test_elliptic_and_mixed_language_look_alikes_are_not_violations(text: str) -> None:
    assert not SCANNER.scan(text, PRE).decision.violation


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # what the reader's rating must leave out
        ("Please don't mention the delay in the review.", "intent.feedback.dictate"),
        ("Can you leave the delay out of your feedback?", "intent.feedback.dictate"),
        ("Por favor não mencione o atraso na avaliação.", "intent.feedback.dictate"),
        ("wag mo na banggitin sa review yung delay", "intent.feedback.dictate"),
        # ratings from accounts the sender holds, or sold
        ("I can give you 10 five-star reviews from my accounts.", "intent.feedback.fake_reviews"),
        ("mere paas 10 accounts hain, sabse 5 star review de dunga", "intent.feedback.fake_reviews"),
        ("I sell 5-star reviews, $3 each.", "intent.feedback.fake_reviews"),
        # an order staged for the sender's own rating of the reader
        ("I'll hire you for a $5 job just so I can leave you a review.", "intent.feedback.staged_order"),
        ("Te hago un pedido de 5 dólares solo para dejarte una reseña.", "intent.feedback.staged_order"),
        # each rating the other, a rating pushed up, anything short of five stars punished
        ("You rate me 5, I rate you 5. Fair?", "intent.feedback.swap"),
        ("Could you revise your 3-star rating upward? I'll fix everything.", "intent.feedback.change_review"),
        ("Anything less than 5 stars and I'll open a dispute.", "intent.feedback.threat"),
        ("Leave a review today and the next revision is on me.", "intent.feedback.trade"),
    ],
)
def test_reviews_kept_quiet_faked_staged_swapped_and_pushed_up(text: str, rule: str) -> None:
    findings = SCANNER.scan(text, PRE).findings
    assert any(f.kind is Kind.FEEDBACK_MANIPULATION and f.rule == rule and f.violation for f in findings), text


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the client's own rating, earned by the work, the condition first or a habit
        ("If the work is good I'll give you 5 stars, promise.", "message"),
        ("If you deliver on time you'll get a 5-star review from me.", "message"),
        ("I always leave 5 stars for freelancers who meet the deadline.", "message"),
        # things left out of other texts, or the review section of a product
        ("Don't mention the budget in the job post, just in the chat.", "message"),
        ("please leave the logo out of the review section", "message"),
        # accounts that are managed work, ratings that are honest both ways, thresholds of a product
        ("We manage 20 social media accounts and reply to every review.", "profile"),
        ("Import the reviews from my accounts on Etsy and Amazon into the new site.", "job_post"),
        ("review me honestly and I will review you honestly too", "message"),
        ("The extension shows a free badge if the rating is above 4.", "job_post"),
        ("Anything less than 5 stars in the app store hurts our ranking.", "message"),
        # reported in a review
        ("He asked me not to mention the delay in the review. I'm mentioning it.", "review"),
    ],
)
def test_earned_ratings_other_texts_and_reported_review_deals_are_not_violations(text: str, surface: str) -> None:
    assert not SCANNER.scan(text, Context(surface, "pre_contract")).decision.violation, text


@pytest.mark.parametrize(
    "text", ["Wat's da model num of ur phone?", "what is the model number of your phone? need it for the app test"]
)
def test_the_model_of_the_readers_phone_is_the_device(text: str) -> None:
    assert not SCANNER.scan(text, PRE).decision.violation


def test_tagalog_hindi_with_its_pronoun_negates_but_the_language_name_does_not() -> None:
    scanner = Scanner()
    refusal = scanner.scan("Sorry po, hindi ako tumatanggap ng bayad outside the platform.", Context("message"))
    assert not [f for f in refusal.findings if f.violation]
    request = scanner.scan("Hindi translator ako, pm mo ako sa WhatsApp", Context("message"))
    assert [f for f in request.findings if f.violation]


def test_a_call_to_action_is_no_call() -> None:
    text = "Give me a call-to-action that fits 25 characters."
    assert not Scanner().scan(text, Context("message", "pre_contract")).findings


@pytest.mark.parametrize(
    "text",
    [
        'Customers can text us at the store number printed on the receipt; the app needs a "contact store" button.',
        "Our app should let patients text us for appointment changes; Twilio is already set up.",
    ],
)
def test_a_business_asking_its_customers_to_call_it_is_the_work(text: str) -> None:
    assert not [f for f in Scanner().scan(text, Context("message", "pre_contract")).findings if f.violation]


def test_us_asked_to_be_called_off_the_platform_still_moves_the_chat() -> None:
    findings = Scanner().scan("customers love us, call us on whatsapp instead", Context("message", "pre_contract"))
    assert [f.violation for f in findings.findings] == [True]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Contact number? It is on the invoice.", False),
        ("Your number? Oh, the order number, it's 4471-2290.", False),
        ("Contact number? pls", True),
        ("Contact number? It's on my website", True),
    ],
)
def test_a_question_the_sender_answers_with_a_platform_document_asks_nothing(text: str, asked: bool) -> None:
    assert bool(_intents(text).get(Kind.OFF_PLATFORM_REQUEST)) is asked


@pytest.mark.parametrize(
    "text",
    [
        "here's my wechat QR code, scan to add",
        "scan the QR code on my profile photo, it's my WeChat",
        "add me by QR, it's on my cover photo",
        "lets move to zalo",
        "do you have botim?",
    ],
)
def test_a_qr_code_or_a_regional_app_is_a_way_off_the_platform(text: str) -> None:
    assert _intents(text)[Kind.OFF_PLATFORM_REQUEST]


@pytest.mark.parametrize(
    "text",
    [
        "I generated QR codes for your restaurant tables",
        "the whatsapp QR login for the bot keeps expiring",
        "scan the QR code to chat with the support bot",
        "we used the simplex method for the LP solver",
    ],
)
def test_qr_codes_as_the_work_are_not_requests(text: str) -> None:
    assert not SCANNER.scan(text, PRE).decision.violation


def _violations(text: str, surface: str = "message") -> set[str]:
    report = Scanner().scan(text, Context(surface, "pre_contract"))
    return {f.kind.value for f in report.findings if f.violation}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my number is in the PDF I attached", "off_platform_request"),
        ("scan the QR code on my portfolio to message me", "off_platform_request"),
        ("manda un audio por whatsapp", "off_platform_request"),
        ("my manager will reach you directly by phone", "off_platform_request"),
        ("reply to me on LinkedIn where I messaged you first", "off_platform_request"),
        ("it's faster by phone, the chat here is slow", "off_platform_request"),
        ("can I pay half with gift cards?", "off_platform_payment"),
        ("invoice me through your own company instead", "off_platform_payment"),
        ("el bono no por upwork, mejor por nequi", "off_platform_payment"),
        ("bkash e pathao", "off_platform_payment"),
        ("Change it to 5 stars and I'll fix it", "feedback_manipulation"),
        ("¿me dejarías 5 estrellas?", "feedback_manipulation"),
        ("I'll review you from my other account", "feedback_manipulation"),
    ],
)
def test_circumvention_phrasings_of_round_20(text: str, kind: str) -> None:
    assert _violations(text) == {kind}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Contact number? It is on the invoice.", "message"),
        ("GCash lang ang tinatanggap ng supplier namin", "job_post"),
        ("Build me a feature where users can share their phone number with drivers.", "job_post"),
        ("The bot should reply on Telegram when a user writes to the group.", "job_post"),
        ("Our support agents answer customers on WhatsApp; we need a chatbot to triage messages.", "job_post"),
        ("The rating widget defaults to 3; change it to 5 stars in the config.", "job_post"),
        ("my number is on file", "message"),
    ],
)
def test_honest_counterparts_of_round_20_stay_clean(text: str, surface: str) -> None:
    assert not _violations(text, surface)


@pytest.mark.parametrize(
    "text",
    ["integrando todo, págame por PayPal fuera de la plataforma", "terminando la integración, me pagas por Zelle?"],
)
def test_a_pronoun_on_the_pay_verb_makes_it_personal_even_in_an_integration_job(text: str) -> None:
    assert _violations(text) == {"off_platform_payment"}


@pytest.mark.parametrize(
    "text",
    [
        "release the final amount via remitly pls",  # a part of the price named "final amount", "last sum"
        "je préfère être payé directement par virement",  # French past participle "payé"
        "prefiero que me paguen por transferencia directa",
        "direct mujhe pay karna, platform pe nahi",  # Hinglish "straight to me"
    ],
)
def test_payment_phrasings_of_round_21(text: str) -> None:
    assert _violations(text) == {"off_platform_payment"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("do you use any other messaging apps?", "off_platform_request"),
        ("¿usas alguna app de mensajería?", "off_platform_request"),
        ("dm me on tiktok", "off_platform_request"),
        ("reply on LinkedIn", "off_platform_request"),
        ("drop a line to my personal inbox", "off_platform_request"),
        ("take this off here and use my company's portal", "off_platform_request"),
        ("voice note bhej do whatsapp pe", "off_platform_request"),
        ("me manda áudio no zap", "off_platform_request"),
        ("5 star do warna dispute karunga", "feedback_manipulation"),
        ("dame 5 estrellas o abro una disputa", "feedback_manipulation"),
        ("5 star review do, bonus milestone add kar dunga", "feedback_manipulation"),
        ("rate me first and I'll deliver the rest", "feedback_manipulation"),
        ("i-rate mo muna ako bago ko i-deliver", "feedback_manipulation"),
        ("leave us a Google review and get 10% off", "feedback_manipulation"),
        ("review us on Trustpilot for a discount", "feedback_manipulation"),
        ("déjanos una reseña en Google y te damos un descuento", "feedback_manipulation"),
        ("my whatsapp is the number on my CV", "off_platform_request"),  # the contact named again before its place
        ("my skype is the one in my bio", "off_platform_request"),
        ("can we move this convo to email", "off_platform_request"),
        ("let's take the convo to whatsapp", "off_platform_request"),
        ("r u on tiktok", "off_platform_request"),  # chat's question with no mark, as the whole clause
        ("can you send the payment to my brother's account", "off_platform_payment"),  # one of the sender's people
        ("I'd rather not pay the platform fee, can we sort it out between us", "off_platform_payment"),
        ("pls dont give me less than 5 stars, my account is new", "feedback_manipulation"),  # a floor, no refusal
        ("I can do future work for you without the platform, cheaper for both", "off_platform_request"),
    ],
)
def test_circumvention_phrasings_of_round_21(text: str, kind: str) -> None:
    assert _violations(text) == {kind}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("display the final balance in the PayPal widget", "job_post"),
        ("les clients payés par virement ne reçoivent pas la facture", "job_post"),
        ("Build a TikTok DM bot that replies to new followers.", "job_post"),
        ("Do you have experience with messaging apps?", "message"),
        ("Reply on Facebook comments daily and moderate spam.", "job_post"),
        ("Necesitamos un bot que mande audios por WhatsApp a los clientes.", "job_post"),
        ("Build our vendor portal so suppliers can upload invoices.", "job_post"),
        ("Great work, 5 stars. Otherwise the refund process was smooth.", "review"),
        ("I'd give 5 stars if I could, the files were spotless.", "review"),
        ("Manage our Trustpilot reviews for a discount campaign.", "job_post"),
        ("We want to send customers a coupon after they leave a Google review.", "job_post"),
        ("we use Wise for payroll internally, you'll be paid here though", "job_post"),
        ("take a photo on instagram and tag us", "job_post"),
        ("I don't want to pay the fees twice, so I'll pay the invoice directly through the platform", "message"),
        ("r u on it? the telegram bot is down", "message"),
        ("I don't give less than 5 stars to people who deliver on time", "review"),
        ("I can do it without the app if you prefer paper forms", "message"),
    ],
)
def test_honest_counterparts_of_round_21_stay_clean(text: str, surface: str) -> None:
    assert not _violations(text, surface)
