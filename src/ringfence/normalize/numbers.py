"""Number words to digits, only inside runs that read as dictation ("four one five, five five five ...").

A word becomes digits only in a run of at least four number groups (digits or number words, separated by
spaces or punctuation) with at least three unambiguous ones, so "two kids and one dog", "five stars" or "for
2 days" never change. Homophones and words that are also ordinary words in another language ("to", "for",
"won", "ate", "oh", "do", "tin", "sat", "null", "once"...) are weak: they join a run only next to another
number group and never count towards the three.

A token that glues number words to digits ("91seven", "0one23", "cuatro15") is read piece by piece. Nobody writes
a number that way but to hide it, so its words count as unambiguous (a homophone only beside a digit run, and
between two only when it reads zero: "3o5", not the range "5to6"), and one of them is evidence of dictation
enough. Prose glues digits to other letters ("2nite", "gr8", "win10", "some1"), which no reading covers, so
those tokens stay words.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from ringfence.normalize.cues import cues
from ringfence.normalize.view import View, rewrite

DIGITS, UNIT, COMPLETE, TENS, HUNDRED, MULT, CONNECT, PLUS, COUNTED, TIMES = range(10)

# One line per language: the words for 0..9 (alternatives split by "|"; a trailing "~" marks a weak word).
_UNITS: dict[str, str] = {
    "en": "zero|oh~|o~|nought|nil~ one|won~ two|to~|too~ three|tree~ four|for~|fore~ five|fyve|fyv six seven|sevn "
    "eight|ate~ nine|niner|nyn~",
    "es": "cero|sero uno~|una~|un~ dos tres cuatro cinco|sinco seis siete ocho nueve|nuebe",  # spelt by ear too
    "pt": "zero um~|uma~ dois|duas três|tres quatro cinco seis|meia~ sete oito nove",
    "fr": "zéro|zero un~|une~ deux trois quatre cinq six sept~ huit neuf~",
    "it": "zero uno due tre quattro cinque sei~ sette otto nove",
    "de": "null~ eins|ein~|eine~ zwei|zwo drei vier fünf|fuenf|funf sechs sieben acht neun",
    "nl": "nul een~ twee drie vier vijf zes zeven acht negen",
    "pl": "zero jeden~|jedna~ dwa|dwie trzy cztery pięć sześć siedem osiem dziewięć",
    "hi": "shunya|shoonya|sunya|sifar ek do~ teen~ char~|chaar paanch|panch|paach chhe|chhah|che~|chah~|chhey "
    "saat|sat~ aath|aat~ nau~|nao~",
    "bn": "shunno|shunyo ek dui tin~ char~ pach|panch choy|chhoy|chhoi shat|saat|sat~ aat~|aath noy~|noi~",
    # Hindi and Bengali in their own scripts ("दो" is also "give", "নয়" also "is not"; "য়" precomposed or not)
    "hi-deva": "शून्य|शुन्य|सिफ़र|सिफर एक दो~ तीन चार पांच|पाँच छह|छः|छे|छै सात आठ नौ",
    "bn-beng": "শূন্য|শুন্য এক দুই তিন চার পাঁচ|পাচ ছয়|ছয়|ছয় সাত আট নয়~|নয়~|নয়~",
    "tl": "sero isa~|isang~ dalawa|dalawang~ tatlo apat lima~ anim pito walo siyam",  # "isang": "isa" linked
    # the Spanish-derived digits Filipinos dictate numbers with
    "tl-es": "sero|zero uno~ dos tres kwatro|kuwatro singko|sinko sais|says~ siyete|syete otso nuwebe|nwebe",
    "id": "nol~ satu dua~ tiga empat lima~ enam tujuh delapan|lapan~ sembilan",
    "sw": "sifuri moja mbili tatu nne tano~ sita~ saba~ nane tisa~",
    "tr": "sıfır|sifir bir~ iki üç|uc~ dört|dort beş|bes~ altı|alti yedi sekiz dokuz",
    "vi": "không|khong một|mot~ hai~ ba~ bốn|bon~ năm|nam~ sáu|sau~ bảy|bay~ tám|tam~ chín|chin~",
    "ar": "sifr|sefr|sifir wa7ed|wahed|wa7id|wahid|wa7d itnen|etnen|ethnen|itnein|etneen|tnen|ithnan|ithnain "
    "talata|tlata|thalatha|tlatha|talate arba3a|arba3|arb3a|arba3ah|arbaa khamsa|5amsa|khamse "
    "sitta|setta|sitteh sab3a|saba3a|sab3|sabaa tamanya|tmanya|thamanya|tamania|tamanye|thamaniya "
    "tes3a|tis3a|tesa3|tis3ah|tesaa",
    # Arabic and Urdu in their own script
    "ar-arab": "صفر واحد اثنان|اثنين|إثنين|اتنين ثلاثة|ثلاثه|تلاتة|تلاته أربعة|اربعة|أربعه|اربعه خمسة|خمسه ستة|سته "
    "سبعة|سبعه ثمانية|ثمانيه|تمانية|تمانيه تسعة|تسعه",
    "ur": "صفر ایک دو~ تین چار~ پانچ چھ|چھے سات آٹھ نو~",
    "ru": "ноль|нуль один|одна|адин два|две три четыре пять шесть семь восемь девять",
    "ru-latn": "nol|nol'|nul~ odin|adin|odna dva|dve tri~ chetyre|chetire pyat|pyat'|piat shest|shest' sem~|sem' "
    "vosem|vosem' devyat|devyat'|deviat",
    "uk": "нуль один|одна два|дві три чотири п'ять шість сім вісім дев'ять",
    "uk-latn": "nul~ odyn|odna dva|dvi try~ chotyry p'yat|pyat shist sim~ visim devyat|dev'yat|deviat",
}
# Whole numbers that take no unit after them (value, words).
_COMPLETE: dict[int, str] = {
    10: "ten dix diez dez dieci zehn tien das~ dosh sampu sepuluh kumi",
    11: "eleven onze once~ undici elf~",
    12: "twelve douze doce doze dodici zwölf|zwoelf",
    13: "thirteen treize trece treze tredici dreizehn",
    14: "fourteen quatorze catorce catorze|quatorze quattordici vierzehn",
    15: "fifteen quinze quince quindici fünfzehn|fuenfzehn",
    16: "sixteen seize dieciséis|dieciseis dezesseis|dezasseis sedici sechzehn",
    17: "seventeen diecisiete dezessete|dezassete diciassette siebzehn",
    18: "eighteen dieciocho dezoito diciotto achtzehn",
    19: "nineteen diecinueve dezenove|dezanove diciannove neunzehn",
    21: "veintiuno|veintiun",
    22: "veintidós|veintidos",
    23: "veintitrés|veintitres",
    24: "veinticuatro",
    25: "veinticinco",
    26: "veintiséis|veintiseis",
    27: "veintisiete",
    28: "veintiocho",
    29: "veintinueve",
}
_TENS: dict[int, str] = {
    20: "twenty veinte vinte vingt|vingts venti zwanzig",
    30: "thirty treinta trinta trente trenta dreißig|dreissig",
    40: "forty|fourty cuarenta quarenta quarante quaranta vierzig",
    50: "fifty cincuenta cinquenta cinquante cinquanta fünfzig|fuenfzig",
    60: "sixty sesenta sessenta soixante sessanta sechzig",
    70: "seventy setenta settanta siebzig",
    80: "eighty ochenta oitenta ottanta achtzig",
    90: "ninety|ninty noventa novanta neunzig",
}
_HUNDRED = "hundred~ cien~ ciento~ cem~ cento~ cent~ hundert~"
# Whole numbers by language, one line per language like _UNITS: the words for 10..19 (teens), 20, 30, ..., 90
# (tens, which a unit may follow: "сорок пять" = 45) and 100, 200, ..., 900 (fused hundreds: "двести" = 200).
_TEENS: dict[str, str] = {
    "ru": "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать "
    "девятнадцать",
    "ru-latn": "desyat|desiat odinnadtsat|odinnadcat dvenadtsat|dvenadcat trinadtsat|trinadcat "
    "chetyrnadtsat|chetyrnadcat pyatnadtsat|pyatnadcat|piatnadtsat shestnadtsat|shestnadcat semnadtsat|semnadcat "
    "vosemnadtsat|vosemnadcat devyatnadtsat|devyatnadcat|deviatnadtsat",
    "uk": "десять одинадцять дванадцять тринадцять чотирнадцять п'ятнадцять шістнадцять сімнадцять вісімнадцять "
    "дев'ятнадцять",
    "uk-latn": "desiat|desyat odynadtsiat|odynadtsyat dvanadtsiat|dvanadtsyat trynadtsiat|trynadtsyat "
    "chotyrnadtsiat|chotyrnadtsyat piatnadtsiat|p'yatnadtsyat|pyatnadtsyat shistnadtsiat|shistnadtsyat "
    "simnadtsiat|simnadtsyat visimnadtsiat|visimnadtsyat deviatnadtsiat|dev'yatnadtsyat|devyatnadtsyat",
    # Arabizi (its other spellings derive from these: _ARABIZI_SPELLINGS)
    "ar": "3ashra|3ashara|3ashar 7dasher|7edashar etnasher|etnashar talatasher|talatashar "
    "arba3tasher|arba3tashar khamastasher|khamstashar settasher|settashar saba3tasher|saba3tashar "
    "tamantasher|tamantashar tes3tasher|tes3tashar",
}
_TENS_BY_LANGUAGE: dict[str, str] = {
    "ru": "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто",
    "ru-latn": "dvadtsat|dvadcat|dvatsat tridtsat|tridcat|tritsat sorok pyatdesyat|pyatdesiat|piatdesiat "
    "shestdesyat|shestdesiat|shesdesyat semdesyat|semdesiat vosemdesyat|vosemdesiat devyanosto|devianosto",
    "uk": "двадцять тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят дев'яносто",
    "uk-latn": "dvadtsiat|dvadtsyat trydtsiat|trydtsyat sorok piatdesiat|p'yatdesyat|pyatdesyat "
    "shistdesiat|shistdesyat simdesiat|simdesyat visimdesiat|visimdesyat devianosto|dev'yanosto|devyanosto",
    "ar": "3eshreen talateen|thalatheen|tlateen arb3een|arba3een khamseen|5amseen setteen sab3een|saba3een "
    "tamaneen|thamaneen|tmanin tes3een",
}
_HUNDREDS: dict[str, str] = {
    "ru": "сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот",
    "ru-latn": "sto~ dvesti tristo|trista~ chetyresta|chetiresta pyatsot|piatsot shestsot semsot vosemsot "
    "devyatsot|deviatsot",
    "uk": "сто двісті триста чотириста п'ятсот шістсот сімсот вісімсот дев'ятсот",
    "uk-latn": "sto~ dvisti trysta chotyrysta piatsot|p'yatsot shistsot simsot visimsot deviatsot|dev'yatsot",
    "es": "ciento~ doscientos|doscientas trescientos|trescientas cuatrocientos|cuatrocientas quinientos|quinientas "
    "seiscientos|seiscientas setecientos|setecientas ochocientos|ochocientas novecientos|novecientas",
    "pt": "cento~ duzentos|duzentas trezentos|trezentas quatrocentos|quatrocentas quinhentos|quinhentas "
    "seiscentos|seiscentas setecentos|setecentas oitocentos|oitocentas novecentos|novecentas",
}
# Languages that say every number below 100 as a word of its own, one line each: the words for 10..99 (Hindi/Urdu
# in Latin letters, where "atthanve chhihattar" is 98 76: no unit ever follows one).
_WHOLE_BELOW_100: dict[str, str] = {
    "hi": "das~|dus~ gyarah|gyara|gyaarah barah|bara~|baarah terah|tera~ chaudah|chauda|chaudha pandrah|pandra|pundrah "
    "solah|sola~ satrah|satra~ atharah|athara|attharah unnis|unees|unnees|unis~ bees~|bis~ ikkis|ikkees "
    "bais~|baees|baais teis|teees|teyis chaubis|chaubees|chobis pachis|pachees|pacchis chhabbis|chabbis|chhabbees "
    "sattais|sattaees|sataees atthais|athais|atthaees untis|untees|unatees tees~|tis~ ikattis|ikatees|iktees "
    "battis|battees|batees taintis|taintees|tentis chauntis|chautees|chontis paintis|paintees|pentis "
    "chhattis|chattis|chhattees saintis|saintees|sentis adtis|artis~|adtees|artees untalis|untalees|untaalis "
    "chalis|chaalis|chalees iktalis|iktalees bayalis|bayalees|byalis taintalis|tentalis|taintalees "
    "chawalis|chavalis|chauvalis paintalis|pentalis|paintalees chhiyalis|chiyalis|chhiyalees saintalis|sentalis "
    "adtalis|artalis|adtalees unchas|unanchas pachas|pachaas ikyavan|ikyawan|ekyavan bavan|bawan|baawan "
    "tirpan|tirepan|trepan~ chauvan|chauwan|chauvvan pachpan|pachpun chhappan|chappan sattavan|sattawan "
    "atthavan|athavan|atthawan unsath|unsaath saath~|sath~ iksath|eksath basath|baasath tirsath|tresath "
    "chausath|chaunsath painsath|pensath chhiyasath|chiyasath sarsath|sadsath adsath|arsath unhattar|unattar "
    "sattar~ ikhattar|ikattar bahattar|behattar tihattar|tehattar chauhattar|chohattar pachhattar|pachattar "
    "chhihattar|chihattar satattar|sattattar|sathattar athattar|atthattar unasi|unaasi assi~|assee "
    "ikyasi|ekasi bayasi|biyasi tirasi|terasi chaurasi|chorasi pachasi|pachaasi chhiyasi|chiyasi sattasi|sataasi "
    "atthasi|athasi navasi|nawasi nabbe|nabbay ikyanve|ikyaanve banve|baanve tiranve|tiraanve "
    "chauranve|chauraanve pachanve|pachaanve chhiyanve|chiyanve sattanve|sattaanve atthanve|athanve "
    "ninyanve|ninyaanve|ninanve",
}
# Languages whose hundreds are whole words: a unit before one is a digit of its own ("восемь, сто двадцать"), a
# unit after one joins it ("сто три" = 103). English "eight hundred five five five" is 800, then digits.
_FUSED_HUNDREDS = frozenset({"ru", "uk", "es", "pt"})
_MULT = {2: "double dbl doble dobol dupla duplo doppio doppia doppel", 3: "triple trpl triplo tripla", 4: "quadruple"}
# A digit counted out, by language ("three fives, two zeros" = 55500, "dos ceros"): the words for 0..9 in the
# plural, each a digit only after its count ("4 sevens").
_COUNTED: dict[str, str] = {
    "en": "zeros|zeroes|noughts|ohs~ ones~ twos~ threes~ fours~ fives sixes sevens eights nines",
    "es": "ceros unos~ doses treses cuatros cincos seises sietes ochos nueves",
    "fr": "zéros|zeros",
}
# A digit said and then how many times ("five twice", "zero three times" is not read: "times" is prose).
_TIMES = {2: "twice~", 3: "thrice~"}
_CONNECT = "and~ y~ e~ et~ und~ w~ wa~"
# Languages that say the unit before the tens, joined by "and": Arabizi "khamsa w arb3een" = 45.
_UNIT_THEN_TENS = frozenset({"ar"})
_PLUS = "plus~ más~ mais~ плюс~"  # "plus nine two ..." opens an international number


ANY_LANGUAGE = frozenset({"*"})


@dataclass(frozen=True, slots=True)
class Word:
    kind: int
    value: int
    strong: bool
    langs: frozenset[str] = ANY_LANGUAGE  # the languages whose dictation this word can join
    strong_in: frozenset[str] = frozenset()  # the languages where it is unambiguous ("uno": Italian, not Spanish)


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


_APOSTROPHES = "'’ʼ"  # "п'ять", "п’ять", "пʼять": one word however the apostrophe is typed
# Arabizi (Arabic in Latin letters and digits) writes one sound several ways: 7 or h, 5 or kh, 3 as an
# apostrophe or nothing, a lone e or i, ei or e, ee or i, a consonant doubled or not, th or t, a final a or ah. Every
# spelling of the "ar" lines stands for all it yields by these, each applied at any of its places.
_ARABIZI_SPELLINGS = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        ("7", "h"), ("5", "kh"), ("3", ""), ("3", "'"), ("2", "'"), ("(?<![aei])e(?![aei])", "i"),
        ("(?<![aei])i(?![aei])", "e"), ("ei", "e"), ("ee", "i"), ("(?<=[aeiou])t(?=[aeiouy])", "tt"), ("tt", "t"),
        ("th", "t"), ("a$", "ah"),
        # the opening vowel before two consonants is often not written ("itnein" -> "tnein", "etnasher" -> "tnasher")
        ("^[ei](?=[b-df-hj-np-tv-z]{2})", ""),
    )
)  # fmt: skip
_SHORT_VARIANT = 6  # a derived spelling of letters only and shorter than this may be a word ("site", "sabah")


def _arabizi_spellings(word: str) -> set[str]:
    """`word` and every spelling _ARABIZI_SPELLINGS derive from it that a token can be (at least four
    characters, at most one apostrophe, inside the word)."""
    out = {word}
    for pattern, replacement in _ARABIZI_SPELLINGS:
        todo = list(out)
        while todo:
            spelling = todo.pop()
            for m in pattern.finditer(spelling):
                derived = spelling[: m.start()] + replacement + spelling[m.end() :]
                if derived not in out:
                    out.add(derived)
                    todo.append(derived)
    return {w for w in out if len(w) >= 4 and w.count("'") <= 1 and not w.startswith("'") and not w.endswith("'")}


def _entries() -> dict[str, Word]:
    table: dict[str, Word] = {}
    derived: dict[str, set[tuple[int, int, str, bool]]] = {}  # derived spelling -> the readings that yield it

    def put(key: str, kind: int, value: int, langs: frozenset[str], weak: bool, strong_in: frozenset[str]) -> None:
        old = table.get(key)
        if old is not None and (old.kind, old.value) != (kind, value):
            raise ValueError(f"number word {key!r} is ambiguous")
        strong = not weak and (old is None or old.strong)  # weak anywhere: weak
        strong_in |= old.strong_in if old else frozenset()
        table[key] = Word(kind, value, strong, langs | (old.langs if old else frozenset()), strong_in)

    def add(spec: str, kind: int, value: int, lang: str = "*") -> None:
        langs = frozenset({lang.split("-")[0]})  # "ru-latn" dictation mixes with "ru"
        for alt in spec.split("|"):
            word, weak = alt.rstrip("~"), alt.endswith("~")
            spellings = {word.replace("'", apostrophe) for apostrophe in _APOSTROPHES}
            for key in spellings | {_strip_accents(w) for w in spellings}:
                put(key, kind, value, langs, weak, frozenset() if weak else langs)
            if lang == "ar":
                for key in _arabizi_spellings(word) - {word}:
                    short = key.isalpha() and len(key) < _SHORT_VARIANT
                    derived.setdefault(key, set()).add((kind, value, lang, weak or short))

    for lang, spec in _UNITS.items():
        for value, slot in enumerate(spec.split()):
            add(slot, UNIT, value, lang)
    for value, words in _COMPLETE.items():
        for slot in words.split():
            add(slot, COMPLETE, value)
    for value, words in _TENS.items():
        for slot in words.split():
            add(slot, TENS, value)
    for slot in _HUNDRED.split():
        add(slot, HUNDRED, 100)
    for lang, spec in _TEENS.items():
        for value, slot in enumerate(spec.split(), 10):
            add(slot, COMPLETE, value, lang)
    for lang, spec in _WHOLE_BELOW_100.items():
        for value, slot in enumerate(spec.split(), 10):
            add(slot, COMPLETE, value, lang)
    for lang, spec in _TENS_BY_LANGUAGE.items():
        for value, slot in enumerate(spec.split(), 2):
            add(slot, TENS, value * 10, lang)
    for lang, spec in _HUNDREDS.items():
        for value, slot in enumerate(spec.split(), 1):
            add(slot, HUNDRED, value * 100, lang)
    for value, words in _MULT.items():
        for slot in words.split():
            add(slot, MULT, value)
    for lang, spec in _COUNTED.items():
        for value, slot in enumerate(spec.split()):
            add(slot, COUNTED, value, lang)
    for value, words in _TIMES.items():
        for slot in words.split():
            add(slot, TIMES, value)
    for slot in _CONNECT.split():
        add(slot, CONNECT, 0)
    for slot in _PLUS.split():
        add(slot, PLUS, 0)
    # A derived spelling that two readings yield, or a listed word of another reading, is none of them ("sette" is
    # Italian 7, not Arabizi 6); one that is a listed word of the same reading ("sita", Swahili 6) is both.
    for key, readings in derived.items():
        meanings = {(kind, value) for kind, value, _, _ in readings}
        old = table.get(key)
        if len(meanings) == 1 and (old is None or {(old.kind, old.value)} == meanings):
            kind, value, lang, _ = next(iter(readings))
            if old is None:
                # weak, so only listed spellings wake the gate (and the trigger stays small), yet unambiguous in
                # an Arabizi dictation unless it is short enough to be a word ("site", "sabah")
                short_or_weak = any(weak for *_, weak in readings)
                put(key, kind, value, frozenset({lang}), True, frozenset() if short_or_weak else frozenset({lang}))
            else:
                put(key, kind, value, frozenset({lang}), not old.strong, frozenset())
    return table


WORDS = _entries()
STRONG_WORDS = frozenset(w for w, entry in WORDS.items() if entry.strong and entry.kind not in (CONNECT, PLUS))
_GERMAN_UNITS = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5, "sechs": 6, "sieben": 7,
                 "acht": 8, "neun": 9}  # fmt: skip
GERMAN_COMPOUND = re.compile(r"(ein|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun)und([a-zß]{5,9})")
# Whether a text holds a compound (what `GERMAN_COMPOUND.search` says): led by the literal "und", which the regex
# engine finds fast, with the unit checked behind it.
GERMAN_COMPOUND_ANYWHERE = re.compile(
    r"und[a-zß]{5}(?:" + "|".join(rf"(?<={unit}und[a-zß]{{5}})" for unit in _GERMAN_UNITS) + ")"
)
_TOKEN = re.compile(r"[^\W_]{1,24}(?:['’ʼ][^\W_]{1,12})?")
# `\w` leaves out the vowel signs of Indic scripts (combining marks: "नौ" would split at "ौ"), so text that is not
# ASCII is read with those blocks as letters too (less their full stops "।" and "॥").
_INDIC_LETTER = r"\u0900-\u0963\u0966-\u0dff"
_TOKEN_ANY_SCRIPT = re.compile(rf"(?:[^\W_]|[{_INDIC_LETTER}]){{1,24}}(?:['’ʼ](?:[^\W_]|[{_INDIC_LETTER}]){{1,12}})?")


def _tokens(lowered: str) -> Iterator[re.Match[str]]:
    """The word tokens of a lower-cased text (an Indic word whole, with its vowel signs)."""
    return (_TOKEN if lowered.isascii() else _TOKEN_ANY_SCRIPT).finditer(lowered)


# The arrows, symbols and emoji people decorate text with (a character class's ranges).
PICTOGRAPHS = "\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
# The middle dots and bullets people put between a number's groups for a dot ("415 • 555 • 0198", "0917·123·4567").
MIDDLE_DOTS = "\u00b7\u2022\u2027\u2219\u22c5\u30fb"
# "   )   ": a spelled-out number keeps wide gaps; a middle dot or bullet stands for a dot ("four one five • five ...")
# and an emoji between groups is noise ("zero nine one seven 🔥 five five five")
_GAP = re.compile(rf"[\s\-.,/()+–—:{MIDDLE_DOTS}{PICTOGRAPHS}\ufe0f]{{0,8}}")
# The label of the next part of a number dictated in parts ("two zero one, second part five five five ...",
# "4 1 5 / then 5 5 5"): the parts form one run, so together they are evidence of dictation, but the label and
# the gap around it stay in the view (each part is read on its own), for the split-number detector to order them.
_SP = r"\s{1,3}"
_PART_LABEL = (
    rf"(?:(?:first|second|third|fourth|last|next|1st|2nd|3rd|4th){_SP}(?:part|half|bit|piece|group|block)"
    rf"|(?:primera|segunda|tercera|cuarta|[úu]ltima|primeira|terceira|quarta){_SP}parte"
    rf"|(?:premi[èe]re|deuxi[èe]me|troisi[èe]me|derni[èe]re){_SP}partie|(?:erste|zweite|dritte|letzte)[rn]?{_SP}teil"
    rf"|part{_SP}(?:one|two|three|four|[1-4a-d])|(?:starts?|begins?|ends?){_SP}with|the{_SP}(?:rest|end)"
    rf"|(?:country|area){_SP}code|then|after{_SP}that|followed{_SP}by|luego|despu[ée]s|depois|ensuite|puis|dann"
    # an ordinal alone before a colon: "first: 0300, second: 842 6195"
    r"|(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s{0,2}:)"
    # with the words that link it to the parts: "... and the rest is 842 6195"
    rf"(?:{_SP}(?:is|are|es|é|est|ist))?"
)
_LINKED_LABEL = rf"(?:(?:and|y|e|et|und){_SP})?{_PART_LABEL}"
LABELLED_GAP = re.compile(rf"[\s\-.,;/()–—:]{{0,4}}{_LINKED_LABEL}[\s\-.,/()–—:]{{0,4}}", re.IGNORECASE)
_LABEL_SPAN = re.compile(rf"(?<!\w){_LINKED_LABEL}(?!\w)", re.IGNORECASE)
MIN_GROUPS = 4
MIN_STRONG = 3
MIN_DIGITS = 6
MIN_SPOKEN = 2  # unambiguous number words: digits with one stray word are not dictation
MIN_SINGLE_DIGITS = 6  # groups in a run of digits typed one at a time
MIN_LANGUAGE_WORDS = 2  # a language's own number words that say a dictation is in it
MIN_TYPED_GROUP = 4  # digits in the longest typed group of a number that has one digit in words
MIN_HOMOPHONE_RUN = 9  # single spoken digits in a row that make dictation with only MIN_SPOKEN strong words


_DIGITS_WORD = Word(DIGITS, 0, True)


@lru_cache(maxsize=4096)
def classify(token: str) -> Word | None:
    """The number reading of one token (already lower-cased), or None."""
    word = WORDS.get(token)
    if word is not None:
        return word
    if token.isascii():  # no accents to strip
        if token.isdigit():
            return _DIGITS_WORD
    elif (word := WORDS.get(_strip_accents(token))) is not None:
        return word
    compound = GERMAN_COMPOUND.fullmatch(token) if "und" in token else None  # "zweiundvierzig" = 42
    if compound:
        tens = WORDS.get(compound.group(2))
        if tens is not None and tens.kind == TENS:
            return Word(COMPLETE, tens.value + _GERMAN_UNITS[compound.group(1)], True)
    return None


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    word: Word
    gap: str  # the separator text before this token (empty for the first in a run)
    glued: bool = False  # a number word glued to a digit run in one token ("seven" in "91seven")


_GLUED_KINDS = (UNIT, COMPLETE, TENS)
_GLUED_WORD_KINDS = (*_GLUED_KINDS, HUNDRED)  # letters alone may glue "hundred" too ("zerothreehundred")
GLUED_WORDS_MIN = 6  # the shortest letters-only token read as glued number words ("onetwo", "sixsix")
_GLUED_WORD_SHORTEST = 3  # a piece of a letters-only token ("o" and "to" are letters of words: "often", "tonight")
_GLUED_SPELLINGS = [w for w, entry in WORDS.items() if entry.kind in _GLUED_WORD_KINDS and len(w) >= 3]
GLUED_STARTS = frozenset(w[:2] for w in _GLUED_SPELLINGS)
GLUED_ENDS = frozenset(w[-2:] for w in _GLUED_SPELLINGS)
_LONGEST_WORD = max(map(len, WORDS))
_DIGIT_CHUNK = re.compile(r"([0-9]{1,24})")


@lru_cache(maxsize=4096)
def glued_pieces(token: str) -> tuple[tuple[int, int, Word, bool], ...]:
    """The pieces of a lower-cased token that glues number words to digit runs ("91seven" -> 91, seven), each as
    (start, end, reading, glued): a word piece is glued when it is unambiguous (so "fourfour7" reads whole) or a
    homophone touching a digit run ("won23"; between two only for zero: "3o5", not the range "5to6"). Empty
    unless the whole token is digit runs and number words, both present."""
    if token.isalpha():
        return _glued_words(token)
    chunks = _DIGIT_CHUNK.split(token)
    if len(chunks) < 3 or not any(chunks[::2]):  # no digit run, or no letters
        return ()
    pieces: list[tuple[int, int, Word, bool]] = []
    offset = 0
    for i, chunk in enumerate(chunks):
        if i % 2:
            pieces.append((offset, offset + len(chunk), _DIGITS_WORD, False))
        elif chunk:
            words = _segment(chunk)
            if words is None:
                return ()
            for k, (start, end, word) in enumerate(words):
                after_digits, before_digits = k == 0 and i > 0, k == len(words) - 1 and i < len(chunks) - 1
                # between two digit runs a homophone is a range ("5to6", "2for1") unless it reads zero ("3o5")
                touches = (after_digits != before_digits) or (after_digits and word.value == 0)
                pieces.append((offset + start, offset + end, word, word.strong or touches))
        offset += len(chunk)
    return tuple(pieces)


def _glued_words(token: str) -> tuple[tuple[int, int, Word, bool], ...]:
    """A letters-only token that is number words written without spaces ("fivefivefive", "zerothreehundred",
    "nuevetresuno"): two unambiguous number words at least and no piece shorter than three letters, so "someone",
    "often" and "tonight" (no number words, or "o" and "to") stay words."""
    if len(token) < GLUED_WORDS_MIN or token[:2] not in GLUED_STARTS or token[-2:] not in GLUED_ENDS:
        return ()  # cheap: most words cannot start or end as a number word does
    words = _segment(token, _GLUED_WORD_KINDS)
    if (
        words is None
        or sum(word.strong for _, _, word in words) < 2
        or any(end - start < _GLUED_WORD_SHORTEST for start, end, _ in words)
    ):
        return ()
    return tuple((start, end, word, True) for start, end, word in words)


def glued_word_candidates(tokens: Iterable[str]) -> list[str]:
    """The letters-only tokens that are not number words and may be glued ones (`_glued_words` reads them)."""
    return [
        t
        for t in tokens
        if len(t) >= GLUED_WORDS_MIN
        and t[:2] in GLUED_STARTS
        and t[-2:] in GLUED_ENDS
        and t not in WORDS
        and t.isalpha()
    ]


def _segment(letters: str, kinds: tuple[int, ...] = _GLUED_KINDS) -> list[tuple[int, int, Word]] | None:
    """`letters` as the fewest number words of `kinds` (so "eighteen" is one word, not "eight" + "een"), or None."""
    best: list[list[tuple[int, int, Word]] | None] = [[], *([None] * len(letters))]
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - _LONGEST_WORD), end):
            before, current = best[start], best[end]
            if before is None or (current is not None and len(current) <= len(before) + 1):
                continue
            word = classify(letters[start:end])
            if word is not None and word.kind in kinds:
                best[end] = [*before, (start, end, word)]
    return best[-1]


@dataclass(slots=True)
class _Group:
    start: int
    end: int
    digits: str
    strong: bool
    spoken: bool
    langs: frozenset[str] = frozenset()
    strong_in: frozenset[str] = frozenset()
    repeat: bool = False  # "double five", "triple 0": said only when dictating
    glued: bool = False  # a number word glued to digits ("91seven"): written only to hide a number


_JOINING_GAP = re.compile(r"[\s\-]{0,8}")  # what may stand between the words of one number ("forty-five", "forty five")


def _below_100(run: list[_Token], i: int) -> tuple[int, int] | None:
    """Parse a number under 100 at run[i]: (value, next index), or None."""
    tok = run[i]
    kind, value = tok.word.kind, tok.word.value
    nxt = i + 1
    if kind == UNIT and value == 4 and nxt < len(run) and run[nxt].text.startswith("vingt"):
        kind, value, nxt = TENS, 80, nxt + 1  # quatre-vingt
    if kind == COMPLETE:
        follower = run[nxt] if nxt < len(run) else None
        if value == 10 and follower and follower.word.kind == UNIT and follower.word.value >= 7 and follower.gap == "-":
            return 10 + follower.word.value, nxt + 1  # dix-sept
        return value, nxt
    if kind == UNIT:
        k = nxt + 1
        if (
            value >= 1
            and tok.word.langs & _UNIT_THEN_TENS
            and k < len(run)
            and run[nxt].word.kind == CONNECT
            and run[k].word.kind == TENS
            and run[k].word.langs & _UNIT_THEN_TENS
            and all(_JOINING_GAP.fullmatch(t.gap) for t in run[nxt : k + 1])
        ):
            return run[k].word.value + value, k + 1
        return value, nxt
    if kind != TENS:
        return None
    k = nxt + 1 if nxt < len(run) and run[nxt].word.kind == CONNECT else nxt
    if k < len(run) and all(_JOINING_GAP.fullmatch(t.gap) for t in run[nxt : k + 1]):  # "forty, five": two groups
        after = run[k].word
        if after.kind == UNIT and after.value >= 1:
            return value + after.value, k + 1
        if value in (60, 80) and after.kind == COMPLETE:
            sub = _below_100(run, k)
            if sub is not None and 10 <= sub[0] < 20:
                return value + sub[0], sub[1]
    return value, nxt


def _multiplies(word: Word) -> bool:
    """Whether a hundreds word multiplies the unit before it ("eight hundred"), as no fused hundred does."""
    return word.kind == HUNDRED and not word.langs <= _FUSED_HUNDREDS


def _counted(run: list[_Token], i: int) -> str | None:
    """The digits of a digit counted out at run[i] ("three fives" -> "555", "4 sevens", "five twice" -> "55"),
    or None. A count is 2 to 9, typed or said, right before the plural; a digit is said before "twice"."""
    if i + 1 >= len(run) or not _JOINING_GAP.fullmatch(run[i + 1].gap):
        return None
    tok, follower = run[i], run[i + 1]
    if tok.word.kind == DIGITS:
        if len(tok.text) != 1:
            return None
        value = int(tok.text)
    elif tok.word.kind == UNIT:
        value = tok.word.value
    else:
        return None
    if follower.word.kind == COUNTED and value >= 2:
        return str(follower.word.value) * value
    if follower.word.kind == TIMES and tok.word.kind == UNIT:
        return str(value) * follower.word.value
    return None


def _groups(run: list[_Token]) -> list[_Group | None]:
    """Number groups of a run; None marks a token that breaks it (a stray connector or multiplier)."""
    out: list[_Group | None] = []
    i = 0
    while i < len(run):
        tok = run[i]
        kind = tok.word.kind
        if (counted := _counted(run, i)) is not None:
            out.append(_Group(tok.start, run[i + 1].end, counted, True, True, repeat=True))
            i += 2
            continue
        if kind == CONNECT and out and out[-1] is not None and out[-1].repeat:
            i += 1  # "three fives and two zeros": an "and" after a counted digit joins the next group
            continue
        if kind == DIGITS:
            out.append(_Group(tok.start, tok.end, tok.text, True, False))
            i += 1
            continue
        if (
            kind == PLUS
            and (not out or out[-1] is None or not out[-1].strong)
            and i + 1 < len(run)
            and run[i + 1].word.kind != PLUS
        ):
            out.append(_Group(tok.start, tok.end, "+", False, True, ANY_LANGUAGE))
            i += 1
            continue
        if kind == MULT and i + 1 < len(run) and run[i + 1].word.kind in (UNIT, DIGITS):
            follower = run[i + 1]
            unit = str(follower.word.value) if follower.word.kind == UNIT else follower.text
            if len(unit) == 1:
                out.append(_Group(tok.start, follower.end, unit * tok.word.value, True, True, repeat=True))
                i += 2
                continue
        value: int | None = None
        end_index = i + 1
        # "eight hundred", and "twelve hundred" (1200), as a phone's last four digits are said in English
        if kind == HUNDRED or (kind in (UNIT, COMPLETE) and i + 1 < len(run) and _multiplies(run[i + 1].word)):
            base = tok.word.value // 100 if kind == HUNDRED else tok.word.value
            k = i + 1 if kind == HUNDRED else i + 2
            connected = k < len(run) and run[k].word.kind == CONNECT
            k += connected
            # "eight hundred five five five ..." is 800 then digits; a bare unit joins only after "and"/"e"/"y",
            # or right after a fused hundred ("сто три" = 103), which nothing joins across punctuation: "двести,
            # сорок" is dictated in two groups
            fused = kind == HUNDRED and not _multiplies(tok.word)
            joins = (
                k < len(run)
                and (connected or run[k].word.kind in (TENS, COMPLETE) or (fused and run[k].word.kind == UNIT))
                and not (fused and not all(_JOINING_GAP.fullmatch(t.gap) for t in run[i + 1 : k + 1]))
            )
            sub = _below_100(run, k) if joins else None
            value = base * 100 + (sub[0] if sub else 0)
            end_index = sub[1] if sub else (i + 1 if kind == HUNDRED else i + 2)
            strong = sub is not None or (base > 1 and (kind != HUNDRED or tok.word.strong))
        elif kind in (UNIT, COMPLETE, TENS):
            parsed = _below_100(run, i)
            if parsed is not None:
                value, end_index = parsed
            strong = tok.word.strong or end_index > i + 1
        if value is None:
            out.append(None)
            i += 1
            continue
        langs = frozenset().union(*(t.word.langs for t in run[i:end_index]))
        strong_in = tok.word.strong_in if end_index == i + 1 else frozenset()
        glued = any(t.glued for t in run[i:end_index])
        end = run[end_index - 1].end
        out.append(_Group(tok.start, end, str(value), strong or glued, True, langs, strong_in, glued=glued))
        i = end_index
    return out


# A count this long is a list's numbering, not a number ("1 2 3 4 5 6 7 8 9 10 steps").
MIN_COUNT = 5


def counts_up(values: Sequence[int]) -> bool:
    """Whether the numbers count up in steps of one ("one two three four", "1 2 3 ... 10"): counting or a list's
    numbering, which no one dictates a number as."""
    return all(b == a + 1 for a, b in pairwise(values))


_LIST_STEP = 10  # the largest step of a list of sizes or prices ("38, 40, 42", "ten, twenty, thirty")


def steps_up(values: Sequence[int]) -> bool:
    """Whether the numbers go up in one small step ("one two three four", "thirty eight, forty, forty two, forty
    four"): counting, or a list of sizes or prices, which no one dictates a number as."""
    step = values[1] - values[0] if len(values) > 1 else 0
    return 0 < step <= _LIST_STEP and all(b - a == step for a, b in pairwise(values))


# A number written in pairs from its trunk "0" ("06 12 trente-quatre 56 78", as France writes them): five pairs.
_PAIRS = 5


def _in_pairs(groups: list[_Group]) -> bool:
    """Whether the groups are a number's pairs, typed or said, the first typed with its trunk "0": one said pair
    among them is dictation, as no count or list of sizes starts with "0"."""
    return (
        len(groups) == _PAIRS
        and all(len(g.digits) == 2 for g in groups)
        and not groups[0].spoken
        and groups[0].digits.startswith("0")
    )


def _accepted(groups: list[_Group], international: bool = False) -> bool:
    """Whether the groups are a dictated number; `international`: a "+" stands right before them."""
    values = [int(g.digits) for g in groups if g.digits.isdigit()]
    if len(values) == len(groups) and steps_up(values):
        return False  # "one two three ... ten" is counting, "thirty eight, forty, forty two ..." a list of sizes
    # Digits typed one at a time ("0 four 1 2 3 4 5 6 7 8"), a "double"/"triple" or a number word glued to digits
    # are dictation already: one number word among them is enough.
    # So is a digit's word between two typed digit groups of a number with a long group ("0803 five 123 4567",
    # "(11) nove 8765-4321"): prose does not swap one digit of a typed number for its word ("sizes 38 forty 42",
    # "rooms 101 102 five 104" are lists).
    # A "+" before the run opens a phone number: one word (a digit or a pair) among its digit groups is dictation
    # ("+380 шістдесят сім 123 45 67"); a hundred is not how a digit of one is said ("+92 tree hundred 300 ...").
    dictated = (
        (international and all(len(g.digits) <= 2 for g in groups if g.spoken))
        or _in_pairs(groups)
        or any(g.repeat or g.glued for g in groups)
        or (len(groups) >= MIN_SINGLE_DIGITS and all(g.spoken or len(g.digits) == 1 for g in groups))
        or (
            any(not g.spoken and len(g.digits) >= MIN_TYPED_GROUP for g in groups)
            and any(
                g.spoken and g.strong and len(g.digits) == 1 and not (a.spoken or b.spoken)
                for a, g, b in zip(groups, groups[1:], groups[2:], strict=False)
            )
        )
    )
    # A long run of single spoken digits is dictation even when most of its words are homophones ("for won five,
    # ate ate ate, too tree for five"): prose never strings that many number words together.
    homophones_dictated = len(groups) >= MIN_HOMOPHONE_RUN and all(g.spoken and len(g.digits) == 1 for g in groups)
    # "double zero" between typed groups of a number with a long group is dictation in three groups ("03 double
    # zero 1234567"); "room 12 double six 45" is not.
    repeated_between = any(not g.spoken and len(g.digits) >= MIN_TYPED_GROUP for g in groups) and any(
        g.repeat and not (a.spoken or b.spoken) for a, g, b in zip(groups, groups[1:], groups[2:], strict=False)
    )
    return (
        len(groups) >= (MIN_GROUPS - 1 if repeated_between else MIN_GROUPS)
        and sum(g.strong for g in groups) >= (MIN_SPOKEN if homophones_dictated else MIN_STRONG)
        and sum(g.spoken and g.strong for g in groups) >= (1 if dictated else MIN_SPOKEN)
        and sum(len(g.digits) for g in groups) - (groups[0].digits == "+") >= MIN_DIGITS
    )


def _runs(text: str) -> list[list[_Token]]:
    """Maximal sequences of number tokens separated only by spaces, light punctuation or a part label."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    last_end = -1
    lowered = text.lower()
    label_starts, label_ends = _label_spans(lowered)
    for m in _tokens(lowered):
        token = m.group(0)
        word = WORDS.get(token) or classify(token)
        pieces = glued_pieces(token) if word is None else ()
        if word is None and not current and not pieces:
            continue  # no run open: a word that is no number changes nothing
        start = m.start()
        if label_starts:
            i = bisect_right(label_starts, start) - 1
            if i >= 0 and start < label_ends[i]:
                continue  # a word of a part label: part of the gap
        gap = text[last_end:start] if current else ""
        opens = word is not None or bool(pieces)
        if not opens or (current and not (_GAP.fullmatch(gap) or (label_starts and LABELLED_GAP.fullmatch(gap)))):
            if len(current) >= MIN_GROUPS:
                runs.append(current)
            current = []
            gap = ""
        if word is not None:
            current.append(_Token(start, m.end(), token, word, gap))
            last_end = m.end()
        elif pieces:
            for a, b, piece, glued in pieces:
                current.append(_Token(start + a, start + b, token[a:b], piece, gap, glued))
                gap = ""
            last_end = m.end()
    if len(current) >= MIN_GROUPS:
        runs.append(current)
    return runs


def _label_spans(lowered: str) -> tuple[list[int], list[int]]:
    """The starts and ends of the part labels in a lower-cased text, in order (they never overlap). The caseless
    label regex reads no character of such a text differently from the case-sensitive one but "ı" and "ſ" (as
    "i" and "s"), so only a text holding one of those pays for caseless matching."""
    if "ı" in lowered or "ſ" in lowered:
        spans = [m.span() for m in _LABEL_SPAN.finditer(lowered)]
    elif any(word in lowered for word in _LABEL_HINT_WORDS):
        spans = [m.span() for m in _LOWER_LABEL_SPAN.finditer(lowered)]
    else:
        return [], []
    return [a for a, _ in spans], [b for _, b in spans]


# A word every part label holds, so texts without one skip the label search.
_LABEL_HINT_WORDS = (
    "part", "then", "with", "rest", "end", "code", "after", "followed", "luego", "despu", "depois", "ensuite",
    "puis", "dann", "teil", "first", "second", "third", "fourth", "last", "1st", "2nd", "3rd", "4th",
)  # fmt: skip
_LOWER_LABEL_SPAN = re.compile(rf"(?<!\w){_LINKED_LABEL}(?!\w)")  # on lower-cased text without "ı" or "ſ"


def dictation_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) edits turning dictated number runs into digits; the gaps inside a run are dropped."""
    edits: list[tuple[int, int, str]] = []
    for run in _runs(text):
        pieces: list[_Group] = []
        for group in [*_groups(run), None]:
            if group is not None:
                pieces.append(group)
                continue
            for sub in _split_weak(_in_language(pieces)):
                sub = _trim_edges(sub)
                if sub and _accepted(sub, text[sub[0].start - 1 : sub[0].start] == "+"):
                    gaps = [
                        (prev.end, cur.start)
                        for prev, cur in pairwise(sub)
                        if cur.start > prev.end and not _LABEL_SPAN.search(text, prev.end, cur.start)
                    ]
                    edits.extend((a, b, "") for a, b in gaps)
                    opener = text.rfind("(", max(0, sub[0].start - 3), sub[0].start)
                    if (
                        opener >= 0
                        and not text[opener + 1 : sub[0].start].strip()
                        and any(")" in text[a:b] for a, b in gaps)
                    ):
                        edits.append((opener, sub[0].start, ""))  # "(11) nove ..." loses both brackets
                    edits.extend((g.start, g.end, g.digits) for g in sub if g.spoken)
                    plus = _PLUS_BEFORE.search(text, max(0, sub[0].start - 4), sub[0].start)
                    if plus is not None:
                        edits.append((plus.start() + 1, sub[0].start, ""))  # "+ 44 ..." -> "+44..."
            pieces = []
    edits.sort()
    return edits


_PLUS_BEFORE = re.compile(r"\+\s{1,3}$")


def _in_language(groups: list[_Group]) -> list[_Group]:
    """A run's language is the one most of its unambiguous words speak; a word weak elsewhere but unambiguous in
    that language counts as strong ("uno due tre": Italian, where "uno" and "tre" are numbers only)."""
    majority = _majority(groups)
    return [replace(g, strong=True) if not g.strong and g.strong_in & majority else g for g in groups]


def _majority(groups: list[_Group]) -> frozenset[str]:
    """The languages most unambiguous number words of the groups speak (empty when none says)."""
    counts: dict[str, int] = {}
    for g in groups:
        if g.strong and g.spoken and g.langs != ANY_LANGUAGE:
            for lang in g.langs:
                counts[lang] = counts.get(lang, 0) + 1
    best = max(counts.values(), default=0)
    return frozenset(lang for lang, n in counts.items() if n == best)


def _trim_edges(groups: list[_Group]) -> list[_Group]:
    """A lone homophone at either end of a run, beside an unambiguous group, is read as prose when the run is
    dictated in another language ("... sette otto for questions") or when it is an English word that is never
    unambiguous ("send it to one one nine ...", "... seven for questions"): English is the prose around every
    number. Homophones beside homophones ("for won five ... won tree too") are dictation, and so is one at an
    edge of a run that spells digits with homophones inside ("fore won fyve ... sevn ate"); "oh" for zero stays,
    as numbers open with it."""
    majority = _majority(groups)
    homophones_inside = any(g.spoken and not g.strong and g.digits not in ("0", "+") for g in groups[1:-1])

    def prose(g: _Group) -> bool:
        if g.strong or not g.spoken or g.digits in ("0", "+") or "*" in g.langs:
            return False
        return not g.langs & majority or ("en" in g.langs and not g.strong_in and not homophones_inside)

    start, end = 0, len(groups)
    if len(groups) > 2 and prose(groups[0]) and (groups[1].strong or groups[1].digits == "+"):
        start = 1
    if len(groups) > 2 and prose(groups[-1]) and groups[-2].strong:
        end -= 1
    return groups[start:end]


def _split_weak(groups: list[_Group]) -> list[list[_Group]]:
    """Split at a weak group with no number group beside it, one between two digit groups ("1120 to 1205" is
    a range), or one whose language no unambiguous word of the run speaks ("... ek shunya hai": Hindi "hai"
    is not Vietnamese 2 here): a homophone only counts inside dictation in its own language."""
    spoken: frozenset[str] = frozenset().union(*(g.langs for g in groups if g.strong and g.spoken))
    subs: list[list[_Group]] = [[]]
    for i, group in enumerate(groups):
        if not group.strong:
            if group.spoken and "*" not in spoken and "*" not in group.langs and not group.langs & spoken:
                subs.append([])
                continue
            left = groups[i - 1] if i > 0 else None
            right = groups[i + 1] if i + 1 < len(groups) else None
            between_digits = left and right and not left.spoken and not right.spoken
            if (left is None and right is None) or between_digits:
                subs.append([])
                continue
        subs[-1].append(group)
    return [s for s in subs if s]


_SAID_NUMBER_GAP = re.compile(r"[\s_\-]{0,3}")


def said_number(text: str) -> str | None:
    """The digits `text` says when it is nothing but a few unambiguous number words and digit groups ("seven
    seven" -> "77", "eighty eight", "double 7", "nineteen ninety" -> "1990"), as the number at the end of an
    address's local part is said ("john seven seven at ..."); None otherwise. Homophones ("to", "for", "won")
    are words there."""
    lowered = text.lower()
    run: list[_Token] = []
    last = 0
    for m in _tokens(lowered):
        word = classify(m.group(0))
        gap = lowered[last : m.start()]
        if word is None or not word.strong or word.kind in (CONNECT, PLUS) or not _SAID_NUMBER_GAP.fullmatch(gap):
            return None
        run.append(_Token(m.start(), m.end(), m.group(0), word, gap))
        last = m.end()
    if not run or last != len(lowered):
        return None
    groups = _groups(run)
    return "".join(g.digits for g in groups if g is not None) if all(groups) else None


def dictation_languages(text: str) -> tuple[str, ...]:
    """The languages whose own number words (unambiguous, and of that language alone) `text` holds at least twice,
    most first: the language a number is dictated in ("null eins sieben ..." is German, "sıfır beş üç ..."
    Turkish). Words many languages share ("zero", "six") and whole tens ("douze") say none."""
    counts: dict[str, int] = {}
    for m in _tokens(text.lower()):
        word = classify(m.group(0))
        if (
            word is not None
            and word.strong
            and word.kind == UNIT
            and len(word.langs) == 1
            and word.langs != ANY_LANGUAGE
        ):
            (lang,) = word.langs
            counts[lang] = counts.get(lang, 0) + 1
    return tuple(sorted((lang for lang, n in counts.items() if n >= MIN_LANGUAGE_WORDS), key=lambda x: -counts[x]))


class NumberWords:
    """Dictated numbers in words (many languages, homophones, tens, "double five") become digits."""

    name = "numbers"

    def needed(self, text: str) -> bool:
        if not text.isascii() and IDEOGRAPHIC_RUN.search(text):
            return True
        found = cues(text)
        german = "und" in text.lower()
        glued = sum(len(glued_pieces(token)) for token in (*found.mixed, *glued_word_candidates(found.words)))
        if STRONG_WORDS.isdisjoint(found.words) and not german and not glued:
            return False
        hits = sum(map(WORDS.__contains__, found.tokens)) + sum(map(str.isdigit, found.tokens)) + glued
        if german and hits < MIN_GROUPS:  # "und" is in "under" and "found": the compounds only when they count
            hits += sum(1 for w in found.tokens if "und" in w and classify(w))
        return hits >= MIN_GROUPS

    def apply(self, view: View) -> View:
        edits = dictation_edits(view.text)
        if not view.text.isascii():
            edits.extend(
                (i, i + 1, _IDEOGRAPHIC_DIGITS[char])
                for m in IDEOGRAPHIC_RUN.finditer(view.text)
                for i, char in enumerate(m.group(0), m.start())
                if char in _IDEOGRAPHIC_DIGITS
            )
            edits.sort()
        return rewrite(view, self.name, edits) if edits else view


# Chinese/Japanese numerals (幺 and 两 are how 1 and 2 are read out in phone numbers) and Sino-Korean ones in
# Hangul. These scripts write words without spaces, so a run of eight numerals in a row is the dictation cue;
# prose never strings that many together.
_IDEOGRAPHIC_DIGITS = dict(zip("零〇洞一幺二两三四五六七八九", "00011223456789", strict=True)) | dict(
    zip("공영일이삼사오육륙칠팔구", "001234566789", strict=True)
)
IDEOGRAPHIC_RUN = re.compile(
    "[" + "".join(_IDEOGRAPHIC_DIGITS) + r"](?:[\s\-]{0,2}[" + "".join(_IDEOGRAPHIC_DIGITS) + "]){7,19}"
)
