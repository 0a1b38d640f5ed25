"""Multilingual lexicon for circumvention intent: regex fragments (no unbounded repeats) grouped by role.

Languages: English, Spanish, Portuguese, French, Hindi/Urdu and Hinglish in Latin script, Tagalog/Taglish and
Arabic in Latin script (Arabizi). Every fragment is matched case-insensitively on whole words; the rules in
`ringfence.intent.rules` compose them. Keep each list a family (all spellings a writer uses), not examples.
"""

from __future__ import annotations

# -- platforms ---------------------------------------------------------------------------------------------

# canonical name -> spellings (regex fragments). Contact apps first, then payment rails.
CONTACT_PLATFORMS: dict[str, tuple[str, ...]] = {
    "whatsapp": (
        r"whats\s?app",
        r"whatsap",
        r"watsapp?",
        r"wats\s?app",
        # vowels dropped as in SMS: "whtsapp", "wtsap", "whtsap", "wtsp"
        r"wh?tsapp?",
        r"wtsp",
        r"wasap",
        r"wsp",
        r"wpp",
        r"whats",
        r"zap\s?zap",
        r"zap",
        r"w\.?a\.?",
        r"vatsap",
    ),
    "telegram": (r"telegram", r"telegrm", r"tele\s?gram", r"tg"),
    "signal": (r"signal\s?app", r"signal\s(?:account|number|id|username|handle|chat|group)"),
    "skype": (r"skype", r"skyp", r"sky\s?pe"),
    "viber": (r"viber",),
    "threema": (r"threema",),
    "wechat": (r"we\s?chat", r"weixin"),
    "line": (r"line\s?app", r"line\s?id"),
    "discord": (r"discord", r"dc"),
    "messenger": (r"messenger", r"fb\s?messenger"),
    "instagram": (r"instagram", r"insta", r"ig", r"(?:the|da|tha)\sgram"),
    "facebook": (r"facebook", r"fb"),
    "linkedin": (r"linked\s?in",),
    "snapchat": (r"snapchat", r"snap", r"sc"),
    "twitter": (r"twitter", r"x\.com"),
    "tiktok": (r"tik\s?tok",),
    "imo": (r"imo",),
    "kakaotalk": (r"kakao\s?talk", r"kakao"),
    "zalo": (r"zalo",),
    "botim": (r"botim",),
    "simplex": (r"simplex\s?chat", r"simplex"),
    "email": (r"e-?mail", r"gmail", r"correo", r"courriel", r"mail"),
    "phone": (
        r"phone",
        r"cell",
        r"mobile",
        r"celular",
        r"telefone",
        r"tel[eé]fono",
        r"t[eé]l[eé]phone",
        r"portable",
        r"sms",
        r"imessage",
    ),
    "zoom": (r"zoom", r"google\s?meet", r"hangouts?", r"teams"),
}

PAYMENT_PLATFORMS: dict[str, tuple[str, ...]] = {
    "paypal": (r"pay\s?pal", r"paypall", r"pp"),
    "wise": (r"wise", r"transfer\s?wise"),
    "payoneer": (r"payoneer", r"payonner"),
    "zelle": (r"zelle", r"zell"),
    "cashapp": (r"cash\s?app", r"\$cashtag"),
    "venmo": (r"venmo",),
    "gcash": (r"g-?cash", r"paymaya", r"maya"),
    "western_union": (r"western\s?union", r"wu"),
    "moneygram": (r"money\s?gram",),
    "bank_transfer": (
        r"bank\s?transfers?",
        r"wire(?:\s?transfers?)?",
        r"direct\s?deposit",
        r"bank\s?deposit",
        r"bank\s?account",
        r"iban",
        r"swift",
        r"ach",
        r"transferencias?(?:\s?bancarias?)?",
        r"transfer[eê]ncias?(?:\s?banc[aá]rias?)?",
        r"virements?(?:\s?bancaires?)?",
        r"dep[oó]sito",
        r"bank\s?(?:me|mein)",
        r"bank",
    ),
    "crypto": (
        r"cryptos?",
        r"usdt",
        r"usdc",
        r"tether",
        r"bitcoin",
        r"btc",
        r"eth",
        r"ethereum",
        r"binance",
        r"trc-?20",
        r"erc-?20",
        r"criptos?",
        r"bitcoins?",
        r"metamask",
        r"trust\s?wallet",
    ),
    "pix": (r"pix",),
    "upi": (r"upi", r"paytm", r"phone\s?pe", r"g\s?pay", r"google\s?pay", r"bhim"),
    "revolut": (r"revolut", r"revtag", r"monzo(?:\.me)?"),
    # national instant payments and wallets named by their scheme: "interac e-transfer", "payid", "wechat pay"
    "interac": (r"interac", r"e-?transfer"),
    "payid": (r"pay\s?id",),
    "alipay": (r"ali\s?pay", r"we\s?chat\s?pay", r"weixin\s?pay"),
    # tip jars, donation and creator-store pages: "tip me on ko-fi", "buy it on my gumroad"
    "tips": (r"ko-?fi", r"buy\sme\sa\scoffee", r"buymeacoffee", r"patreon", r"gumroad", r"tip\s?jar"),
    # a third-party escrow site set against the platform's own escrow: "use escrow.com instead"
    "escrow_service": (r"escrow\.com", r"escrow\sdot\scom"),
    "skrill": (r"skrill",),
    "remitly": (r"remitly", r"worldremit", r"ria"),
    "bizum": (r"bizum",),
    "mercadopago": (r"mercado\s?pago", r"nequi", r"daviplata", r"yape", r"plin", r"pic\s?pay"),
    # mobile money and national instant-payment apps
    "mpesa": (r"m[-\s]?pesa", r"lipa\sna\sm[-\s]?pesa"),
    "mobile_money": (
        r"airtel\s?money",
        r"mtn\s?momo",
        r"momo",
        r"orange\s?money",
        r"tigo\s?pesa",
        r"opay",
        r"palmpay",
        r"chipper\s?cash",
        r"vodafone\s?cash",
        r"etisalat\s?cash",
        r"orange\s?cash",
        r"insta\s?pay",
        r"fawry",
        r"eco\s?cash",
    ),
    "bkash": (r"bkash", r"nagad"),
    "easypaisa": (r"easy\s?paisa", r"jazz\s?cash"),
    "swish": (
        r"swish",
        r"vipps",
        r"mobilepay",
        r"twint",
        r"blik",
        r"sinpe(?:\sm[oó]vil)?",
        r"paylib",
        r"wero",
        r"lydia",
        r"mb\s?way",
    ),
    "cash": (r"cash", r"efectivo", r"dinheiro\s?vivo", r"esp[eè]ces", r"liquide", r"nakit"),
}

# -- request vocabulary --------------------------------------------------------------------------------------

# Messaging apps whose name after a possessive means one's account there ("tu wasap", "ano telegram mo", "el skype
# bta3ak"): every lexicon spelling, so a misspelt app is asked for as readily as a well-spelt one, less the short
# ones that are words or abbreviations of their own ("dc", "sc", "w.a.", "sky pe" in Hindi: "on the sky").
_NOT_AN_ACCOUNT = frozenset((r"w\.?a\.?", r"sky\s?pe", "dc", "sc"))
_ACCOUNT_APPS = (
    "whatsapp",
    "telegram",
    "signal",
    "skype",
    "viber",
    "threema",
    "wechat",
    "line",
    "discord",
    "messenger",
    "instagram",
    "snapchat",
    "kakaotalk",
    "zalo",
    "botim",
)
ACCOUNT_APP = (
    "(?:" + "|".join(a for name in _ACCOUNT_APPS for a in CONTACT_PLATFORMS[name] if a not in _NOT_AN_ACCOUNT) + ")"
)
# The same apps as a verb of messaging ("wasap me", "can I telegram you"), less the apps whose name is a verb of its
# own there ("signal me when ready", "snap me a photo", "line me up", "ig me the file") and the spellings that are
# other words ("whats me", "zap me", "tg").
_NOT_A_MESSAGING_VERB = frozenset(("whats", "zap", "tg"))
MESSAGE_APP_VERB = (
    "(?:"
    + "|".join(
        a
        for name in _ACCOUNT_APPS
        if name not in {"signal", "line", "instagram", "snapchat"}
        for a in CONTACT_PLATFORMS[name]
        if a not in _NOT_AN_ACCOUNT | _NOT_A_MESSAGING_VERB
    )
    + ")"
)

# Contact nouns that may follow a possessive ("your number", "tu correo", "ton numéro", "apna number").
CONTACT_NOUNS = (
    # a word that says which one ("your best email", "your work phone", "your preferred whatsapp number")
    r"(?:(?:best|preferred|active|current|primary|main|work|business|personal)\s)?"
    rf"(?:phone\s|mobile\s|cell\s|contact\s|{ACCOUNT_APP}\s|personal\s|direct\s|private\s|wa\s)?"
    r"(?:numbers?|numbr|nmbr|no\.|nos\.|#|phone|cell|mobile|e-?mail(?:\s(?:address|id))?|mail"
    rf"|gmail|{ACCOUNT_APP}(?:\s(?:id|name|handle|username))?|signal"
    r"|handle|contacts?(?:\s(?:details|info|information|no))?|socials?|linked\s?in"
    r"|n[uú]mero|correo|contato|contacto|tel[eé]fono|telefone|celular|cel|num[eé]ro|t[eé]l[eé]phone|portable"
    r"|courriel|coordonn[eé]es|adresse\s(?:e-?)?mail|mobile\sno|cell\sno|digits"
    # chat slang: "ur @", "ur addy", "ur deets", "ur tele" (not "your Facebook": as often a page or a wall)
    r"|@|addy|deets|deetz|tele|numba|numbah|num"
    # a mobile number by its first digits, French and British slang: "file-moi ton 06", "what's ur 07"
    r"|0[67](?=\s?(?:[,.!?;]|$|\s(?:and|et|y|e|pls|stp|svp|please|porfa)\b))"
    r"|id(?!\s(?:document|card|proof|photo|scan|copy|verification)))"  # not an identity document
)

# Possessives of the other party (or of applicants, in job posts).
YOUR = (
    r"(?:your|ur|yr|yours|their|the\sapplicant'?s|applicants'?|candidates'?|tu|tus|su|sus|seu|sua|teu|tua|ton|ta|tes"
    r"|votre|vos|apna|apni|apne|aapka|aapki|aapna|tera|teri|tumhara|tumhari|aap\s?ka)"
)

# Forms with the possessive built in (Tagalog "number mo", Arabizi "raqmak").
YOUR_CONTACT_COMPOUND = (
    rf"(?:(?:contact\s)?(?:number|numero|cp|cellphone|email|gmail|fb|contact|{ACCOUNT_APP})\s(?:mo|nyo|niyo|ninyo)"
    # the noun with "your" as its suffix, however the q and the vowels are written: "raqamak", "ra2mik", "nemretek"
    r"|r[a9]?[q29k]a?m(?:ak|ek|ik)|n[eiu]m(?:ra|re|ri|r)t?(?:ak|ek|ik)|emailak|whatsappak|telefonak"
    r"|mobilak|el\s?raqam|raqam"
    # Egyptian/Levantine/Maghrebi "your" after the noun: "el email beta3ak", "raqam el whatsapp bta3ak"
    rf"|(?:el\s?)?(?:e-?mail|mail|{ACCOUNT_APP}|wats|facebook|fb|telefon|mobile|phone|number"
    r"|numero|raqam|ra2am|ra9am|ra9m|rakam|nemra|nemret|contact)\s(?:beta3ak|bta3ak|bta3k|beta3k|beta3ik|bta3ik|btaa3ak|taba3ak"
    r"|tab3ak|tabak|tab3ik|ta3ak|dyalek|dyalk|diyalek|dialek))"
)

# Verbs asking for something.
ASK = (
    r"(?:(?:start|begin|open)(?:\s[\w']{1,15}){0,3}\swith|(?:reply|respond|answer)\swith"
    r"|send|sent|give|share|drop|tell|dm|pm|text|provide|include|list|mention|post|leave|add|need|want|get|have"
    r"|slide|what'?s|what\sis|whats|wats|txt|may\si|can\si|could\si|pass|forward|write|type|put|attach|submit|know"
    # chat slang: "lmk ur digits", "gimme ur deets", "shoot me ur number", "wuts ur snap"
    r"|lmk|let\sme\sknow|gimme|shoot|ping|hmu\swith|wh?ut'?s|whts|whatcha"
    r"|enviar|env[ií]en|incluir|incluya|incluyan|indicar|indique|indiquen|adjuntar|adjunte|compartir|compartan"
    r"|dejar|deje|dejen|informar|informe|informem|deixar|deixe|deixem|mandar|mande|mandem|enviem|incluam"
    r"|indiquer|envoyer|joindre|joignez|communiquer|communiquez|fournir|fournissez|pr[eé]ciser|pr[eé]cisez"
    r"|m[aá]ndame|mandame|manda|m[aá]ndeme|p[aá]same|p[aá]seme|dame|deme|env[ií]ame|env[ií]eme|comp[aá]rteme|comparte"
    r"|dime|d[ií]game|me\sdices|me\sdiz|me\sfala|file-moi|filez-moi|refile-moi"
    r"|cu[aá]l\ses|me\sdas|me\spasas|passa|passe|me\smanda|me\sd[aá]|qual\s(?:[eé]\s)?(?:o\s)?|env[ií]a|envie|compartilhe|incluye|inclua|incluez"
    r"|envoie(?:-moi)?|envoyez(?:-moi)?|donne(?:-moi)?|donnez(?:-moi)?|partage|partagez|quel\sest|indiquez|laisse|laissez"
    # an infinitive after a modal, "me" before or after: "pouvez-vous me donner", "podrías pasarme", "pode me passar"
    r"|m[e']\s?(?:donner|passer|envoyer|communiquer|laisser|partager)|me\s(?:pasar|mandar|enviar|dar|passar)"
    r"|(?:pasar|mandar|enviar|dar|compartir)me"
    r"|necesito|necesitamos|quiero|preciso|precisamos|quero|besoin\sde|j'ai\sbesoin\sde"
    r"|bhejo|bhej\sdo|bhejiye|bhejna|bhejdo|dedo|de\sdo|dijiye|do|batao|bataiye|share\skaro|share\skarein|chahiye"
    r"|bigay|ibigay|pahingi|penge|pakibigay|pa-send|pasend|send\smo|ano|anong|ano\sang|ibigay\smo"
    # Arabizi "send me", "give me", "bring me" however the vowels are written: "ab3atli", "b3atly", "3atini", "a3teeni",
    # "3tiny", "eddini", "hatly"
    r"|[aei]?b3a?th?l(?:i|y|ee|e)|ib3at|ab3at|[aei]?3[ae]?t(?:i|ee|e)n(?:i|y|ee|e)|[ei]d{1,2}(?:i|ee)n(?:i|y|ee)"
    r"|hat{1,2}l(?:i|y|ee)|hat|shu|sho|eh"
    r"|sayft|sift|seft|sayfet|eish|shoo|shou|3ayz|3ayez|3awz|3awez|3ayza|baddi|bddi|momken|mumkin|momkin|a5od|akhod)"
)

# A messaging app's name as the message itself: "send me a whatsapp", "mándame un wsp", "manda um zap" (not
# "signal": "send me a signal when ready").
_APP_AS_MESSAGE = r"(?:whats\s?app|whats|wats\s?app|wsp|wpp|wasap|zap|zap\s?zap|telegram|tg|viber|imessage)"
# ... and where the ask ends, so the message is the sender's: "manda um zap pro cliente" sends it to someone else.
_ASK_ENDS = (
    r"(?=\s?(?:[^\w\s]|$)|\s(?:pra\smim|para\smim|pls|plz|please|por\sfavor|porfa|stp|svp|que|q|e|y|et|and|when|quando"
    r"|cuando|quand|no|al|at|to|on|with|com|con|avec|asap|today|hoy|hoje|now|ahora|agora)\b)"
)

# "call me" family: standalone off-platform moves.
CALL_ME = (
    rf"(?:(?:call|text|ring|phone|sms|facetime|i-?text|imessage|{MESSAGE_APP_VERB})\s(?:me|us)"
    # (not a compound noun: "give me a call-to-action", "a text-based layout")
    r"|(?:gimme|give\sme)\sa\s(?:call|ring|text|buzz)(?!-\w)|hit\sme\sup|buzz\sme"
    rf"|(?:(?:send|drop|shoot)\s(?:me|us)\s(?:a\s)?(?:quick\s)?|(?:m[aá]nd|env[ií])[ae](?:me|nos)\s(?:un\s)?"
    rf"|me\s(?:manda|mande|envia|envie)\s(?:um\s)?|(?:manda|mande)\sum\s|(?:envoie|envoyez)[-\s](?:moi|nous)\sun\s)"
    rf"{_APP_AS_MESSAGE}{_ASK_ENDS}"
    # "give me a shout" is "let me know" until a line is named or the chat set aside: "give me a shout on the phone",
    # "... on whatsapp", "... directly"
    r"|(?:gimme|give\sme)\sa\s(?:shout|holler)\s(?:(?:on|via|by|over|at)\s(?:the\s|my\s)?(?:phone|cell|mobile|whats\s?app"
    r"|telegram|signal|skype|viber|e-?mail|text|sms)|directly|privately|personally)"
    # "escríbeme al WhatsApp" is request.contact_me_on's, like every app
    # the formal imperatives too (usted, você): "llámeme", "márqueme", "me ligue", "ligue-me", "me chame no zap"
    # ("llámame la atención" is "tell me off")
    r"|ll[aá]m[ae]me(?!\sla\satenci[oó]n)|ll[aá]m[ae]nos|ll[aá]menme|m[aá]rcame|m[aá]rqueme|(?:escr[ií]b[ae]me|h[aá]bl[ae]me)\sal\s(?:whats"
    r"|wsp|cel|celular|correo|e-?mail|mail|n[uú]mero|tel[eé]fono)"
    # a message asked for at the sender's own address: "escríbame a mi correo personal", "me escreva no meu e-mail",
    # "écris-moi sur mon mail"
    r"|(?:escr[ií]b[ae]me|escr[ií]b[ae]nos|cont[aá]ct[ae]me|cont[aá]ct[ae]nos|m[aá]nd[ae]me\sun\s(?:correo|mail)"
    r"|me\sescrev[ae]|me\scontat[ae]|[eé]cri[st]-moi|[eé]crivez-moi|contacte[sz]?-moi)\s(?:a|al|para|pro|pra|no|na|en"
    r"|sur|à|par|pelo|por)\s(?:(?:mi|meu|minha|mon|ma|el|o|le)\s)?(?:correo|e-?mail|mail|gmail|courriel|adresse|celular"
    r"|cel|m[oó]vil|tel[eé]fono|telefone|t[eé]l[eé]phone|portable|n[uú]mero|num[eé]ro)(?!\w)"
    r"(?!\s(?:de\sla\splataforma|da\splataforma|de\sla\splateforme|du\ssite|del\ssitio|do\ssite))"
    r"|me\slig(?:a|ue)|ligue-me|liga\spra\smim|me\scham[ae]\sno\s(?:zap|whats|wpp|telegram)|me\sd[aá]\sum\stoque"
    r"|appelle[sz]?-moi|appelez-moi|t[eé]l[eé]phone[sz]?-moi|texte-moi"
    rf"|mujhe\s(?:direct\s|seedha\s|sidha\s)?(?:call|phone|msg|message|{MESSAGE_APP_VERB})\s(?:karo|kar\sdo|karna|kijiye"
    r"|karein|kar\slijiye|kar\slena|kar\sdena)|call\skaro"
    rf"|call\skar\sdo|call\skarna|phone\skaro|{MESSAGE_APP_VERB}\s(?:karo|kar\sdo)|msg\skaro|message\skaro"
    r"|tawagan\smo\s(?:ako|ko|kami)|tawag\ska\ssa\sakin|(?:i-?)?(?:text|txt|call|tawag)\smo\s(?:ako|ko|kami)"
    r"|kallemni|kalimni|kalemni|kallimni|kalamni|ettasel\sbiya|itasal\sbi|ittasil\sbi|whatsappni|rasselni|ra2sselni"
    # a message asked for by email, the noun said (as "I'll send you an email" offers one; a bare "email me when
    # it's done" may be the platform's notice): "send me an email", "envíame un correo", "envoie-moi un mail"
    # (the ask ends there or goes on to what follows: "send me a mail on all you know about ..." asks for news)
    r"|(?:send|drop|shoot)\s(?:me|us)\s(?:an?\s)?(?:quick\s|short\s)?(?:e-?mail|mail)(?=\s?(?:[,.!?;]|$)|\s(?:and|so"
    r"|with|when|if|instead|directly|pls|please|asap|today|tonight|tomorrow)\b)"
    r"|(?:m[aá]nd|env[ií]|escr[ií]b)[ae](?:me|nos)\s(?:un\s)?(?:correo|e-?mail|mail)"
    r"|me\s(?:manda|mande|envia|envie|escreve|escreva)\s(?:um\s)?e-?mail"
    r"|(?:envoie|envoyez|[eé]cris|[eé]crivez)-(?:moi|nous)\sun\s(?:e-?mail|mail|courriel)"
    r"|mujhe\s(?:e-?mail|mail)\s(?:karo|kar\sdo|karna|kijiye|karein)"
    # a mail asked for at the sender's mailbox: "gmail pe mail kar do"
    r"|(?:gmail|e-?mail|mail)\s(?:pe|par)\s(?:e-?mail|mail|msg|message)\s(?:karo|kar\sdo|kar\sdena|kijiye|karein))"
)

# "message me" family: only a move when a platform or "outside" follows.
CONTACT_ME = (
    r"(?:(?:message|msg|dm|pm|ping|hit|catch|add|contact|reach|find|follow|write(?:\sto)?|email|mail|join|connect\swith"
    r"|chat\swith)"
    r"\s(?:me|us)|hmu|escr[ií]beme|escr[ií]benos|agr[eé]game|contacta(?:me|nos)|cont[aá]ctame|b[uú]scame|h[aá]blame"
    # the plural imperatives of a post to many readers: "interesados escríbanme", "interessados me chamem"
    r"|escr[ií]banme|escr[ií]bannos|cont[aá]ctenme|cont[aá]ctennos|h[aá]blenme|agr[eé]guenme|b[uú]squenme|me\schamem|me\sescrevam|me\smandem\s(?:uma\s)?(?:mensagem|msg)"
    # ... and the singular formal ones (usted, você): "contácteme", "escríbame", "agrégueme", "me escreva", "me chame"
    r"|escr[ií]bame|escr[ií]banos|cont[aá]cteme|cont[aá]ctenos|agr[eé]gueme|b[uú]squeme|h[aá]bleme"
    r"|me\sescrev[ae]|me\scontat[ae]|me\sadicione|entr[ae]\sem\scontato\scomigo|fale\scomigo|me\schame"
    r"|(?:m[aá]nd|env[ií])[ae]me\s(?:un\s)?(?:mensaje|mensajito|msj|msg|whats|wsp)|(?:me\s)?mand[ae]\sum\soi"
    r"|me\smand[ae]\s(?:uma\s)?(?:mensagem|msg)|me\sadicionar?|me\sadd|me\ssegue|me\ssiga|s[ií]gueme|me\sprocura|fala\scomigo|me\schama"
    r"|(?:send|drop|shoot|leave)\s(?:me|us)\s(?:a\s|an\s)?(?:quick\s|short\s)?(?:msg|message|dm|pm|text|line|note|email)"
    # (the hyphen of the imperative often left out in chat: "ajoute moi sur snap", "écris moi sur whats")
    r"|(?:[eé]cris|[eé]crivez|contacte[sz]?|ajoute[sz]?|rejoins|suis|suivez)[-\s]moi"
    r"|(?:envoie|envoyez)[-\s](?:moi|nous)\sun\s(?:msg|message|texto|sms|mot)"
    r"|mujhe\s(?:msg|message|add|contact)|add\skaro|add\skar\slo|mujhe\sdhundo"
    r"|(?:i-?)?(?:message|msg|add|pm|dm|chat)\smo\s(?:ako|ko|kami)|mag-?message\ska\s(?:sa\sakin)?"
    r"|kontakin\smo\s(?:ako|ko)|ib3atli\s(?:msg|message|resala)|ab3atli\s(?:msg|message|resala)|zidni|addni"
    # asked, not told: "me agregas al wasap?", "me escribes por telegram?"; Arabizi "send me (on)": "ab3atli 3al insta"
    r"|me\s(?:agregas|agregan|agregar[ií]as|escribes|escribir[ií]as|contactas|buscas)|[aei]?b3a?th?l(?:i|y|ee)"
    # where the reader finds the sender: "me encuentras en insta", "me encontra no zap", "tu peux me trouver sur"
    r"|me\s(?:encuentras|encuentran|encontr[aá]s|encontra|encontram|acha|acham)|(?:puedes|pueden|podes|pode|podem)"
    r"\sme\sencontrar|(?:puedes|pueden)\sencontrarme|(?:tu\speux|vous\spouvez)\sme\s(?:trouver|retrouver)"
    r"|(?:re)?trouve[sz]?-moi|encu[eé]ntrame|encu[eé]ntranos|encontre-me|me\sencontre"
    # a connection asked for on a social app: "accept my friend request", "send me a follow request"
    r"|(?:accept|approve)\s(?:my\s)?(?:friend|follow|connection)\s(?:request|req)"
    r"|send\s(?:me|us)\s(?:a\s)?(?:friend|follow|connection)\s(?:request|req)"
    # the sender's own inbox on one: "slide into my DMs", "hit my DMs", "check my inbox on insta"
    r"|(?:slide|sliding|slid|hit|check)\s(?:into\s|in\s|in\sto\s)?(?:my|our)\s(?:dms?|pms?|inbox))"
)

# Verbs of talking/continuing, to be followed by a preposition and a platform.
MOVE = (
    r"(?:talk|chat|continue|discuss|speak|connect|communicate|move|switch|go|get\sin\stouch|meet|call|converse"
    r"|keep\sin\stouch|stay\sin\stouch|coordinate|catch\sup|reach\sout|text|message|contact|deal|hop|link\sup"
    r"|hablar|hablemos|hablamos|seguir|sigamos|seguimos|conversar|conversemos|continuar|continuemos|coordinar"
    r"|coordinemos|comunicarnos|pasemos|pasar|movernos|falar|falamos|vamos|conversamos|chamar|mudar|passar"
    r"|bora|parler|parlons-en|parlons|continuer|continuons|discutons-en|on\sen\sparle|on\sen\sdiscute|discuter|discutons|passer|passons|[eé]changer|[eé]changeons|on\scontinue"
    r"|on\sse\sparle|on\ss'[eé]crit|on\sse\scontacte"
    r"|baat|baatein|chat\skarte|milte|connect\skarte|shift|usap|mag-?usap|chat\stayo|lipat|tuloy|ituloy|mag-?chat"
    r"|ne7ki|nehki|n7ki|nkamel|nkammel|nitkalam|netkalam|nkalam|tkalam|tkallam|itkalam|ta3al|ta3ala|netwasal|nit3amal"
    r"|khalina|khalli|nhdr|nhder|nhadar|nhedro|nhdro"
    # answering the sender back there: "reply to me on LinkedIn", "réponds-moi sur insta" ("our agents answer
    # customers on WhatsApp" is the client's business)
    r"|(?:reply|respond|answer|write\sback)\s(?:to\s)?(?:me|us)(?=\s(?:on|over|via|in|at|through|thru|by)\s)"
    r"|r[eé]ponds-moi|r[eé]pondez-moi|resp[oó]ndeme|resp[oó]ndenos|responde-me|me\sresponde|me\sresponda"
    # a voice message sent there: "send me a voice note on WhatsApp", "manda un audio por whatsapp", "um áudio no zap"
    r"|(?:a|an|some)\svoice\s?(?:notes?|memos?|messages?)|(?:un|um|una|uma)\s[aá]udio|nota\sde\svoz|mensaje\sde\svoz|mensagem\sde\svoz"
    # ... the article dropped after the verb that opens the clause: "manda audio por whatsapp", "me manda áudio no
    # zap" (not "un bot que mande audios por WhatsApp")
    r"|(?:(?<![^\W\d_]\s)(?:manda|m[aá]ndame|env[ií]ame)|me\smanda|me\smande)\s[aá]udio(?!s)"
    r"|(?:un|une)\s(?:vocal|note\svocale)"
    # Arabizi "(I) talk to you", the object glued on: "nkalmak", "akallemak", "nkalmek"
    r"|[an]?kall?e?m(?:ak|ek|ik))"
)

MOVE_PREP = (
    r"(?:on|over|via|in|through|thru|to|by|onto|por|pelo|pela|no|na|en|al|sur|par|pe|par|mein|me|sa|3al|3ala|ala|pro|pra"
    r"|fi|f|3ala\sel|using|inside)"
)

# A messaging app named by its look: its colour (green WhatsApp, blue Telegram or Messenger, purple Viber, yellow
# Snapchat), and the pictures on its icon.
APP_COLOUR = (
    r"(?:green|blue|light\sblue|sky\sblue|purple|violet|yellow|verde|azul|morado|violeta|roxo|roxa|amarillo|amarelo"
    r"|vert|verte|bleue?|violette?|jaune|hara|neela|nila|baingani|peela|berde|asul|lila|dilaw|a5dar|akhdar|azra2"
    r"|azraq"
    # as the emoji of its colour: "the 💚 app", "the 💜 one"
    r"|\U0001f49a|\U0001f7e2|\U0001f499|\U0001f535|\U0001f49c|\U0001f7e3|\U0001f49b|\U0001f7e1)"
)
APP_NOUN = r"(?:app|application|aplicativo|aplicaci[oó]n|appli)"
# An app named by its colour alone ("the green one", "el verde", "o verdinho", "le vert"): only a place to talk
# where a verb of moving or messaging governs it ("hablamos por el verde"), never on its own ("el verde queda mejor").
APP_BY_COLOUR = (
    r"(?:(?:the\s|that\s)?(?:green|blue|purple|yellow|\U0001f49a|\U0001f499|\U0001f49c|\U0001f49b)\sone|(?:el\s|la\s|o\s|a\s|le\s)?(?:verde|verdinho|verdecito"
    r"|azul|azulzinho|azulito|morado|roxo|roxinho|vert|bleu|violet))"
)
# The verbs that make a colour a place to talk: talking itself, messaging the sender ("me chama", "text me"), or
# "better by" ("mejor por el verde"; "se ve mejor en el verde" is a design).
# Not "move", "switch", "go" or "text" alone, which as often move a design element ("switch to the green one").
COLOUR_MOVE = (
    r"(?:talk|talking|chat|chatting|speak|speaking|converse|hablar|hablemos|hablamos|habla|seguimos|sigamos|seguir"
    r"|conversar|conversamos|conversemos|continuemos|continuamos|falar|falamos|fala|conversa|parler|parlons|discuter"
    r"|discutons|on\sse\sparle|baat\skarte|baat\skaro|(?:mejor|melhor)(?=\s(?:por|pelo|pela|via)\s))"
)
# Where a messaging app is the place: "on", "por", "no", not "to" or "in" ("change it to the green one").
COLOUR_PREP = r"(?:on|over|via|through|por|pelo|pela|no|na|en|sur|par|pe|sa)"
# Words that may stand between the verb and the place: when, not what ("talk later on the green one").
COLOUR_MOVE_GAP = (
    r"(?:more|later|then|there|tonight|tomorrow|directly|better|privately|m[aá]s|mais|mejor|melhor|ahora|agora|depois"
    r"|luego|despu[eé]s|ma[nñ]ana|amanh[aã]|plus|directement|directo|direto)"
)
APP_PICTURE = (
    r"(?:icons?|logos?|bubbles?|speech\sbubble|phone|handset|(?:paper\s)?(?:air)?planes?|birds?|ghosts?|camera"
    r"|[íi]cones?|iconos?|ic[ôo]nes?|logotipos?|avi[oó]n|avi[aã]o|avion|tel[eé]fono|telefone|t[eé]l[eé]phone"
    r"|p[aá]jaro|p[aá]ssaro|oiseau|fantasma|fant[ôo]me)"
)
# The thing an app's icon draws, which names the app without a colour: a picture no app's use explains (a plane, a
# ghost, a bird), or a thing an app may also have (a phone, a camera) when called its icon or logo.
_DRAWN_THING = (
    r"(?:(?:paper\s)?(?:air)?planes?|ghosts?|birds?|avi[oó]n|avi[aã]o|avion|fantasma|fant[ôo]me|p[aá]jaro|p[aá]ssaro"
    r"|oiseau|(?:phone|handset|camera)\s(?:icon|logo|symbol))"
)
# ... and as its emoji: a ghost, a plane, a bird.
_DRAWN_EMOJI = "(?:\U0001f47b|\u2708\ufe0f?|\U0001f426|\U0001f54a\ufe0f?)"
_DETERMINER = r"(?:the|that|a|an|la|el|o|le|l'|un|una|um|uma|une|wo|woh|yung|ang|da)"

# Euphemisms for a messaging app or for leaving the site.
EUPHEMISM = (
    # By its look, colour and app noun in either order: "the green icon app", "the purple and white app", "the app
    # with the green logo", "the app with the white phone in a green bubble", "la app con el logo verde".
    rf"(?:(?:{_DETERMINER}\s)?(?:little\s|famous\s)?{APP_COLOUR}(?:\s(?:and|&|n|y|e|et)\s(?:white|{APP_COLOUR}))?"
    rf"\s(?:(?:{APP_PICTURE}|messaging|chat|message)\s)?{APP_NOUN}"
    rf"(?:\s(?:with|w/|con|com|avec)\s(?:{_DETERMINER}\s)?{APP_PICTURE})?"
    # the thing its icon draws: "the app with the paper plane", "l'appli avec le fantôme", "the app with the phone icon"
    rf"|{APP_NOUN}\s(?:with|w/|con|com|avec|de|do|du)\s(?:{_DETERMINER}\s?)?(?:[\w']{{1,12}}\s)?{_DRAWN_THING}"
    rf"|{APP_NOUN}\s(?:with|w/|con|com|avec)\s(?:[\w']{{1,12}}\s){{0,5}}?{APP_COLOUR}\s(?:[\w']{{1,12}}\s)?{APP_PICTURE}"
    rf"|{APP_NOUN}\s(?:with|w/|con|com|avec|de|do|du|à|a)\s(?:{_DETERMINER}\s?)?{APP_PICTURE}\s(?:[\w']{{1,12}}\s)?{APP_COLOUR}"
    r"|(?:the|that|a|la|el|o|le|l'|wo|woh|yung|ang|el|da)\s?(?:little\s|famous\s)?"
    r"(?:green|blue|purple|w|other|messaging|chat|verde|azul|vert|verte|bleue?|hara|neela|berde|asul|a5dar|akhdar)"
    r"\s(?:app|application|aplicativo|aplicaci[oó]n|appli|bird\sapp|bird)"
    rf"(?!\s(?:with|w/|con|com|avec)\s(?:{_DETERMINER}\s)?{APP_PICTURE})"  # the look reading above is longer
    r"|(?:app|aplicativo|aplicaci[oó]n|appli)\s(?:verde|azul|verte|bleue?|do\szap|de\sla\sw)"
    r"|(?:blue|bird)\s?bird\sapp|green\sapp|blue\sapp|w\sapp|hara\sapp|berdeng\sapp"
    # the thing its icon draws, before the app noun: "the ghost app", "the paper plane app", "that little bird app"
    rf"|{_DETERMINER}\s(?:little\s)?(?:{APP_COLOUR}\s)?(?:(?:paper\s)?(?:air)?plane|ghost|bird|{_DRAWN_EMOJI})\s{APP_NOUN}"
    r"|(?:your|ur|a|the)\s(?:preferred|favorite|favourite|usual)\s(?:app|messaging\sapp|messenger|chat\sapp|platform)"
    # "off the"/"outside this" need the place named ("kick off the sprint" is not leaving the site).
    r"|(?:outside|off|away\sfrom|beyond)\s(?:of\s)?(?:(?:the|this)\s(?:site|platform|app|website|marketplace|portal"
    r"|system|chat)|(?:here|upwork|fiverr|freelancer)(?:\s(?:site|platform|app|website|marketplace))?)"
    r"|off-?(?:platform|site|app)|somewhere\s(?:else\s)?without\s(?:the\s|any\s)?(?:fees?|commission|cut)"
    # a place away from a watched chat: "somewhere more private", "somewhere we can talk freely"
    r"|somewhere\s(?:else\s)?(?:more\s)?(?:private|(?:we|i)\s(?:can|could)\s(?:talk|chat|speak)\s(?:more\s)?"
    r"(?:freely|privately|openly))"
    # a way to reach someone other than here: "where can I find you besides here?"
    r"|(?:find|reach|contact|message|talk\sto|chat\swith)\s(?:you|u|me)\s(?:besides|apart\sfrom|other\sthan|except)"
    r"\s(?:here|this\s(?:site|platform|app|chat|inbox|messenger)|the\s(?:site|platform|app|chat|inbox))"
    # the conversation itself taken away: "let's take this offline", "can we continue this elsewhere?"
    r"|(?:take|taking|move|moving|continue|continuing|carry\son)\s(?:this|it|that|things"
    r"|(?:the|our|this)\s(?:chat|conversation|convo|discussion|talk))\s(?:offline|elsewhere|somewhere\selse)(?!-)"
    # ... or the talk, with what it is about, ending its clause: "better we talk outside", "let's chat elsewhere", "I'd
    # prefer to discuss the details somewhere else", "let's continue off the record somewhere else"
    r"|(?:talk|chat|speak|converse|discuss|continue)(?:ing)?\s(?:(?:about\s)?(?:this|it|that|things|(?:the|our|this)"
    r"\s(?:\w{1,15}\s)?(?:details|budget|price|project|rest|terms|rates?|payment|deal|job|work|offer))\s)?"
    r"(?:more\s|further\s|off\sthe\srecord\s)?(?:outside|elsewhere"
    r"|somewhere\selse|off\shere|offline)(?=\s?(?:[,.!?;]|$))"
    r"|(?:another|a\sdifferent|other|some\sother|a\sbetter|a\sprivate)\s(?:app|platform|channel|site|messenger)"
    r"|fuera\sde\s(?:la\s|esta\s)?(?:plataforma|p[aá]gina|app|aplicaci[oó]n|sitio)|fuera\sde\s(?:aqu[ií]|ac[aá])"
    r"|por\sfuera"
    r"|fora\s(?:da|desta|do)\s(?:plataforma|site|app|aplicativo)|fora\s(?:daqui|de\saqui)|por\sfora"
    r"|(?:en\s)?dehors\s(?:de\s(?:la\s|cette\s)?|du\s|de\sce\s)(?:plateforme|plate-forme|site|appli)|en\sdehors\sd'ici"
    r"|hors\s(?:de\s)?(?:la\s)?plateforme"
    r"|platform\s(?:ke|se)\sbahar|bahar\s(?:baat|milte|connect)|site\s(?:ke|se)\sbahar"
    r"|sa\slabas\sng\s(?:platform|site|app)|labas\sng\s(?:platform|site|app)"
    r"|b(?:ar?)?ra\s(?:had\s)?(?:el\s|al\s|l\s?)?(?:platform|site|mawke3|mawqe3)"
    r"|khare[gj]\s(?:el\s)?(?:platform|site|mawke3|mawqe3))"
)

# Where a sender publishes their own contact for the reader to look up: "it's in my bio", "on my website", "in my
# linktree", "on my profile pic", "in my CV".
# Freelance marketplaces other than the one the text is on: the work moved there leaves the platform too.
MARKETPLACE = (
    r"(?:fiverr|upwork|freelancer\.com|freelancer|workana|malt|toptal|guru\.com|peopleperhour|99designs|99freelas"
    r"|truelancer|onlinejobs(?:\.ph)?)"
)

PUBLISHED_PLACE = (
    r"(?:bio|pfp|profile(?:\s(?:pic|picture|photo|page|bio|description|intro|header|banner))?|link\s?tree|linktr\.ee"
    r"|web\s?site|site|web\s?page|home\s?page|portfolio(?:\s(?:site|website|page))?|resume|cv|signature|business\scard"
    r"|card|about\s(?:me|page|section)|channel|insta(?:gram)?\s(?:bio|page|profile)|ig\s(?:bio|page|profile)|github"
    r"|linked\s?in|socials|attachment|attached\s(?:file|cv|resume|pdf))"
)
# A file sent along with the message, where a contact is said to be: "the PDF I attached", "the attached file".
SENT_FILE = (
    r"(?:(?:attached|enclosed|shared)\s)?(?:pdf|file|doc|document|attachment|brochure|deck|cv|resume|image|screenshot"
    r"|archivo|arquivo|documento|fichier|pi[eè]ce\sjointe)(?:\s(?:i|we)\s(?:attached|sent|shared|uploaded))?"
)
# Being reachable somewhere: "I'm more active on", "I'm always online on", "we're available on". A bare "I'm active
# on" is someone's presence (a marketer on Instagram); a degree word makes it a place to find them.
PRESENT_ON = (
    r"(?:i'?m|im|i\sam|we'?re|we\sare|i'?ll\sbe|i\swill\sbe)\s(?:(?:also|just|usually|mostly|always|only|way|much|a\slot"
    r"|far|super|very|pretty|quite)\s)?(?:(?:more|mostly|most|only|usually|always)\sactive|online|available|reachable"
    r"|responsive|around|(?:quicker|faster)\sto\s(?:reply|respond))(?:\s(?:there|24/7|all\sday))?"
)
# ... or simply "I'm on" an app, which the rule allows for messaging apps only ("I'm on Zoom" is a meeting now).
PRESENT_AT = r"(?:i'?m|im|i\sam|we'?re|we\sare)\s(?:also\s|usually\s|mostly\s|always\s|only\s)?"

# Who takes a cut of a deal on the platform, and the cut they take: "without upwork taking a cut", "so fiverr doesn't
# take their 20%".
FEE_TAKER = r"(?:upwork|fiverr|freelancer|the\s(?:platform|site|app|website|marketplace)|they|them|it)"
TAKE_CUT = (
    r"(?:take|takes|taking|took|get|gets|getting|charge|charges|charging|eat|eats|eating|grab|grabs|grabbing|keep|keeps"
    r"|keeping|skim|skims|skimming|see|sees|seeing)\s(?:a|their|its|any|the|his|her|our|that|some)?\s?(?:\d{1,2}\s?%"
    r"(?:\s(?:cut|fee|commission))?|(?:big\s|huge\s|fat\s)?(?:cut|fees?|commissions?|percentage))"
)
# The cut itself kept by the two parties: "keep the 20% for ourselves", "pocket the fee".
KEEP_CUT = (
    r"(?:keep|pocket|split|save)\s(?:the|that|those|their|our)?\s?(?:\d{1,2}\s?%|fees?|commission|cut)"
    r"(?:\s(?:fee|commission|cut))?\s(?:for\s(?:ourselves|us|yourself|you|me|myself|us\stwo)|between\s(?:us|ourselves)"
    r"|in\s(?:our|your|my)\s(?:pockets?|pocket))"
    r"|pocket\s(?:the|that|their)\s(?:\d{1,2}\s?%|fees?|commission|cut)"
    # both parties keeping it: "we both save the 20%", "we can both keep the fee"
    r"|(?:we|both\sof\sus)\s(?:can\s|could\s|would\s|will\s|'d\s|'ll\s)?(?:both\s)?(?:save|keep)\s(?:the|that|those|their)\s"
    r"(?:\d{1,2}\s?%|fees?|commission|cut)"
)
# The platform itself cut out: "cut upwork out", "leave fiverr out of it", "keep the site out of the payment".
_THE_PLATFORM = r"(?:upwork|fiverr|the\s(?:platform|site|app|website|marketplace))"
CUT_OUT_PLATFORM = (
    rf"(?:cut|cutting)\s{_THE_PLATFORM}\sout(?!\w)|(?:leave|leaving|keep|keeping)\s{_THE_PLATFORM}\sout\sof\s(?:it|this"
    r"|that|the\s(?:deal|payment|loop|picture|transaction)|our\s(?:deal|payment))(?!\w)"
)
# The middle party cut out of the deal ("cut out the middleman"), unless the middleman is the work's subject
# ("the middleman in the supply chain").
CUT_MIDDLEMAN = (
    r"(?:cut(?:ting)?\s(?:out\s)?|skip(?:ping)?\s|bypass(?:ing)?\s|avoid(?:ing)?\s|lose\s|losing\s|ditch(?:ing)?\s"
    r"|without\s|no\s(?:more\s)?|no\sneed\sfor\s)(?:the\s|a\s|any\s)?middle\s?-?m[ae]n(?!\w)"
    r"(?![^.!?\n]{0,30}\b(?:supply|chain|distribution|logistics|wholesale|retail|industry|market|sales|process)\b)"
)

# Moving the conversation to a channel that is not an app name: email, phone, text, a call, a personal number.
CHANNEL_MOVE = (
    r"(?:continu(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|switch(?:es|ed|ing)?|shift(?:ing)?|talk(?:ing)?|chat(?:ting)?"
    r"|speak(?:ing)?|discuss(?:ing)?|communicate|converse|connect|keep\sin\stouch|stay\sin\stouch|take|carry\son"
    r"|seguir|sigamos|seguimos|continuar|continuemos|continuamos|hablar|hablemos|hablamos|pasar|pasemos|pasamos"
    r"|conversar|conversemos|conversamos|comunicarnos|falar|falamos|passar|passamos|mudar|mudamos|continuer"
    r"|continuons|on\scontinue|parler|parlons|discuter|discutons|passer|passons|[eé]changer|[eé]changeons|shift"
    r"|usap|mag-?usap|lipat|tuloy|ituloy|nkamel|nkammel|ne7ki|nehki|n7ki|netkalam|nitkalam|nkalam|netwasal)"
)
# What is moved, when named: "this conversation", "la conversación", "isso", "tayo".
CHANNEL_OBJECT = (
    r"(?:this|the|our|it|things|la|a|esta|essa|isso|esto|[cç]a|tayo|natin)(?:\s(?:conversation|convo|chat|discussion|communication|talk"
    r"|thread|conversaci[oó]n|conversa|discusi[oó]n|charla))?"
)
CHANNEL_PREP = (
    r"(?:on|over|via|to|by|onto|through|thru|por|pelo|pela|para|pra|no|na|al|en|par|au|sur|sa|3al|3ala|3ala\sel"
    r"|using)"
)
CHANNEL = (
    r"(?:e-?mails?|mail|gmail|correo(?:\selectr[oó]nico)?|courriel|(?:tele)?phones?|t[eé]l[eé]fono|telefone"
    r"|t[eé]l[eé]phone|cell(?:phone)?|mobile|celular|portable|sms|texts?|text\smessages?|(?:phone\s)?calls?"
    r"|llamadas?|liga[cç][aã]o|appel|(?:personal|private|direct|own)\s(?:number|email|e-mail|phone|line|cell"
    r"|mobile)|(?:my|mi|meu|minha|mon|ma|mera|your|tu|seu|sua|ton|votre)\s(?:number|n[uú]mero|num[eé]ro))"
)
# The sender promising a message by a channel with no contact value in it: "I'll send you an email", "I'll email
# you", "te mando un correo", "je vous envoie un mail". The channel itself is the move: its address comes next.
# ("I'll text you" is left out: people who already text each other say it, and the platform has its own messages.)
I_WILL = (
    r"(?:i'?ll|i\swill|i\scan|i\scould|i\sshall|let\sme|we'?ll|we\swill|we\scan|i'?m\sgoing\sto|i'?m\sgonna|gonna"
    r"|i'?d\sbetter)"
)
# (not a bare "text": "I'll send you the text for the landing page" is the work)
_MESSAGE_CHANNEL = r"(?:e-?mail|mail|gmail|text\smessage|sms|whats\s?app|correo|courriel|mensaje\sde\stexto)"
OFFER_CHANNEL = (
    rf"(?:{I_WILL}\s(?:just\s|quickly\s|also\s|then\s)?(?:(?:send|shoot|drop|write)\s(?:you|u)\s(?:an?\s|the\s)?"
    rf"(?:(?:quick|short|detailed|long|full)\s)?{_MESSAGE_CHANNEL}|(?:e-?mail|sms|whats\s?app|mail)\s(?:you|u))"
    r"|(?:te|le|les|lhe|vous|t')\s?(?:mando|env[ií]o|envio|escribo|mandar[eé]|enviar[eé]|mandarei|enviarei|envoie"
    r"|enverrai|[eé]cris|[eé]crirai)\s(?:un|una|um|uma|une)\s(?:e-?mail|mail|correo|courriel|sms|mensaje\sde\stexto)"
    r"|vou\s(?:te|lhe)\s(?:mandar|enviar|escrever)\s(?:um\s)?(?:e-?mail|sms|mensagem\sde\stexto))"
)
# What the work itself sends to others by a channel, not the sender to the reader: "we'll send the order confirmations
# via WhatsApp", "I can send the newsletter by email to your subscribers".
SENT_BY_THE_WORK = (
    r"(?:newsletters?|notifications?|alerts?|reminders?|confirmations?|receipts?|campaigns?|broadcasts?|blasts?|otps?"
    r"|codes?|messages?|templates?|updates?|customers?|subscribers?|users?|clients?|patients?|leads?|audience|list)"
)
# A thing sent or worked out by such a channel, the sender speaking: "I'll send you the details by email", "we can
# sort out the details by phone", "te explico todo por teléfono", "on règle ça par mail". Only "by"/"over"/"via":
# "on mobile" is a layout, and a job post's "explain products to customers over the phone" has no "we can"/"I'll".
SETTLE_BY_CHANNEL = (
    rf"(?:(?:{I_WILL}|let'?s|lets|let\sus|shall\swe|can\swe|could\swe)\s(?:just\s|quickly\s|then\s)?(?:(?:send|share"
    r"|give)\s(?:you|u)|sort\sout|sort|settle|finali[sz]e|go\sover|explain|clarify|figure\sout|work\sout|hash\sout|iron\sout"
    r"|discuss|talk\sthrough|agree\son|negotiate|handle|close|seal|wrap\sup)"
    r"|(?:te|le|lhe|vous|t')\s?(?:mando|env[ií]o|envio|paso|passo|explico|cuento|conto|envoie|explique|dis)"
    r"|lo\s(?:arreglamos|hablamos|vemos|acordamos|combinamos|resolvemos|cerramos)"
    r"|(?:arreglamos|acordamos|combinamos|resolvemos|acertamos|combinemos|acordemos|r[eé]glons|on\sr[eè]gle))"
    r"(?:\s[\w'$€£%]{1,15}){0,4}?\s(?:by|over|via|per|por|pelo|pela|par)\s(?:the\s|el\s|o\s|le\s|un\s|une\s)?"
    r"(?:e-?mail|mail|gmail|correo|courriel|(?:tele)?phone|tel[eé]fono|telefone|t[eé]l[eé]phone|sms|text(?:\smessages?)?"
    r"|(?:phone\s)?calls?|llamada|liga[cç][aã]o|appel)"
)
# "email template", "phone screen": a contact word naming a thing of that kind, not a contact.
CONTACT_THING = (
    r"(?:templates?|settings|headers?|footers?|signatures?|fields?|forms?|lists?|campaigns?|marketing|newsletters?"
    r"|designs?|verification|notifications?|integrations?|automations?|sequences?|layouts?|screens?)"
)
# "email template", "phone field", "mobile first": the channel word names a thing of the work, not where to talk.
CHANNEL_THING = (
    rf"(?:{CONTACT_THING}|numbers?\sof|support|first|friendly|apps?|versions?|views?|breakpoints?|responsive|users?"
    r"|devices?|numbers?\sfield)"
)

# -- payment vocabulary ----------------------------------------------------------------------------------------

PAY = (
    r"(?:pay|pays|paying|paid|payment|payments|send|sent|sending|transfer|transferring|invoice|bill|charge|tip|bonus"
    r"|refund|money|cash\sout|fund|settle(?:\sup)?|square\sup|receive|accept|deposit|remit|wire|compensate|payout|balance|rest|remaining|remainder|advance"
    r"|pagar|p[aá]game|pagarte|pago|pagos|pagamos|pagamento|pague|paga|pagas|pagues|paguen|paguem|pagam|pagarei|pagar[eé]|cobrar|cobro|transferir"
    r"|recibo|recibir|recebo|receber|recevoir|tumatanggap|tumanggap|tatanggap|mando|mandar|mandarte|manda|mande|mandem|envia|envie|te\smando|env[ií]o|enviar|enviarte|te\sdeposito|transfiero"
    r"|te\stransfiro|transfiro|te\spasso|aceito|acepto|dep[oó]sito|depositar|reembolso|propina|gorjeta|bono|b[oô]nus"
    r"|envoie|envoyer|envoyez|envoies|t'envoie|vous\senvoie|verserai|paie|paies|payer|payez|paiement|payons|pay[eé]e?s?|re[cç]ois|virer|verser|rembourser|remboursement|pourboire"
    r"|payment\s(?:karo|kar\sdo|karunga|karenge|bhejo)|bhejunga|bhej\sdunga|paise|paisa|paisay|pay\skaro|pay\skar\sdo|bhej\sdo|transfer\skaro"
    r"|bayad|bayaran|magbayad|magbayaran|babayaran|ipadala|padala|padalhan|pasahan|pasa|send\smo|i-?send|sweldo"
    r"|edfa3|idfa3|ed3afli|edfa3li|idfa3li|dfa3|ba3at|[aei]b3atli|flous|fulus|masari|hawel|7awelli"
    # Spanish "pass me (the money)": "pásame por nequi", "pásamelo por mercado pago"
    r"|p[aá]same(?:lo|la)?|p[aá]seme(?:lo|la)?"
    # "7awel", and with a future or habitual prefix and the object glued on: "ha7awel lak", "ha7awellak", "ba7awel"
    r"|(?:ha|h|ba)?7awel(?:lak|lik|lek)?"
    # Swahili: "tuma pesa kwa mpesa", "nilipe kwa m-pesa"
    r"|tuma|nitumie|nitumia|lipa|nilipe|lipia)"
)

# A payment account's details given as such: "bank details", "datos bancarios", "coordonnées bancaires".
ACCOUNT_DETAILS = r"(?:details|deets|info|information|data|coordinates)"
FOREIGN_ACCOUNT_DETAILS = (
    r"(?:datos|dados|coordonn[eé]es|d[eé]tails|informaci[oó]n|informa[cç][oõ]es|infos?)\s(?:bancari[oa]s|banc[aá]ri[oa]s"
    r"|bancaires|de\s(?:mi\s|la\s)?cuenta|da\s(?:minha\s)?conta|de\s(?:mon\s)?compte)"
)
# Remittance services hand cash to a named person, so the payee beside one is a payment instruction.
REMITTANCE = r"(?:western\s?union|wu|money\s?gram|remitly|world\s?remit|ria)"
PAYEE = (
    r"(?:receiver|recipient|beneficiary|payee|receiver['’]?s\sname|full\sname|name|nombre|nome|nom|beneficiario"
    r"|benefici[aá]rio|b[eé]n[eé]ficiaire|destinatario|destinat[aá]rio|destinataire|pangalan)"
)
RELATIVE = (
    r"(?:mom|mum|mother|dad|father|sister|brother|sis|bro|wife|husband|cousin|aunt|uncle|son|daughter|friend|family"
    r"|partner|mam[aá]|mami|pap[aá]|madre|padre|hermana|hermano|esposa|esposo|prima|primo|m[eè]re|p[eè]re|s[oœ]eur"
    r"|fr[eè]re|femme|mari|m[aã]e|pai|irm[aã]|irm[aã]o|nanay|tatay|ate|kuya|ammi|abbu|bhai|behen)"
)
# A part of the price: "half", "the rest", "the remaining 50%", "milestone 2", "la otra mitad", "baaki".
PART_OF_PRICE = (
    r"(?:(?:the\s)?(?:other|second|last|final|remaining|next)\s(?:half|part|portion|installment|instalment|tranche"
    r"|payment|amount|sum|balance|\d{1,3}\s?%|milestone)|(?:the\s)?remaining(?:\s(?:amount|balance|sum|\d{1,3}\s?%))?|half|\d{1,3}\s?%"
    r"|(?:the\s)?(?:rest|remainder|balance)|milestones?\s(?:#\s?)?\d{1,2}"
    r"|(?:la\s)?(?:otra\s)?mitad|el\s(?:resto|saldo|restante)|lo\sque\s(?:falta|resta)|(?:(?:o|a)\s)?(?:restante|resto|saldo"
    r"|outra\smetade|metade)|le\s(?:reste|solde)|l['’]autre\smoiti[eé]|la\smoiti[eé]|baaki|baki|bakaya|aadha|adha"
    r"|(?:yung|ang)\s(?:natitira|kalahati|balance)|natitira|kalahati|el\sba2i|elba2i|ba2i)"
)
# Words allowed between a part of the price and where it is paid: "the rest will be paid via", "half here, half on".
PART_FILLER = (
    r"(?:here|now|upfront|today|later|then|after|can|could|will|would|should|be|goes?|paid|sent|send|pay|i['’]ll|is"
    r"|are|please|pls|aqu[ií]|ac[aá]|aqui|ici|yahan|dito|hena|lo|te|se|ser[aá]|sera|va|vai|pago|paye|payé|ahora"
    r"|agora|maintenant|abhi|ngayon|ba3den)"
)

OFF_PLATFORM = (
    r"(?:off\s(?:the\s)?(?:platform|site|app|upwork|fiverr)|off-?platform|outside\s(?:of\s)?(?:the\s)?(?:platform|site"
    r"|app|upwork|fiverr)|without\s(?:the\s)?(?:platform|site|upwork|fiverr)(?=[\s,.!?;:]|$)|por\sfuera|por\sfora|fuera\sde\s(?:la\s)?plataforma|fora\sda\splataforma"
    r"|en\sdehors\sde\s(?:la\s)?plate-?forme|hors\s(?:de\s)?(?:la\s)?plate-?forme|(?:platform|site|app)\s(?:ke|se)\sbahar"
    r"|(?:sa\s)?labas\sng\s(?:platform|site|app)|sa\slabas\s(?:na\slang|nalang)|b(?:ar?)?ra\s(?:had\s)?(?:el\s|l\s?)?(?:platform|site|mawqe3|mawke3)"
    r"|somewhere\s(?:else\s)?without\s(?:the\s|any\s)?(?:fees?|commission|cut))"
)

PAY_OUTSIDE = (
    r"(?:directly|direct|outside|off\s(?:the\s)?(?:platform|site|app|upwork|fiverr)|off-?platform|privately"
    r"|personally|under\sthe\stable|on\sthe\sside|separately|in\scash|by\scash|cash\sin\shand|in\sperson"
    r"|directo|directamente|direto|diretamente|por\sfuera|por\sfora"
    r"|fuera\sde\s(?:la\s)?(?:plataforma|app|aplicaci[oó]n|p[aá]gina)|fora\sda\s(?:plataforma|app)|fora\sdo\s(?:app|site)"
    r"|directement|en\sdirect|en\sdehors|hors\splateforme|en\sesp[eè]ces|seedha|direct\sme"
    r"|bahar\sse|nang\sdirekta|diretso|direkta|sa\slabas|bara|barra|direct\sli)"
)

FEE = (
    r"(?:fees?|commissions?|cut|charges?|service\sfees?|platform\sfees?|upwork\sfees?|fiverr\sfees?|percentage"
    r"|20%|10%|comisi[oó]n|comisiones|tarifa|tarifas|cargos?|taxas?|comiss[aã]o|comiss[oõ]es|frais|commission"
    r"|pourcentage|katauti|kaat|charges\sse|singil|bawas|komisyon|3umula|3omola|rsoum|rusum)"
)

AVOID = (
    r"(?:skip|skipping|avoid|avoiding|save|saving|bypass|bypassing|dodge|cut\sout|get\saround|escape|without"
    r"|no\smore|evade|circumvent|lose|pay\sno|zero|free\sof"
    r"|evitar|evitemos|ahorrar|ahorrarnos|ahorremos|sin|ahorrar\sla|economizar|sem|fugir\sd[aoe]s?|n[aã]o\spagar"
    r"|[eé]viter|[eé]vitons|sans|[eé]conomiser|contourner|bachane|bachaye|bachao|bachana|bach\sjayegi|bina"
    r"|iwas|iwasan|para\swalang|walang|makaiwas|bdoun|bidun|bala|min\sgheir|mn\sgher|t3adda)"
)

FRIENDS_FAMILY = (
    r"(?:friends?\s?(?:and|&|n|\+)\s?family|f\s?&\s?f|f\s?and\s?f|f\s?n\s?f|amigos\sy\sfamilia|amigos\se\sfam[ií]lia"
    r"|amis\set\sfamille|family\s?(?:and|&)\s?friends)"
)

# -- feedback vocabulary ---------------------------------------------------------------------------------------

# A star drawn as a symbol or emoji ("5⭐", "⭐⭐⭐⭐⭐", "5★"), with its optional emoji presentation selector.
STAR_CHARS = ("\u2b50", "\U0001f31f", "\u2605", "\u2606", "\u2729", "\u272a", "\u272d", "\u272e", "\u272f")
STAR = "[" + "".join(STAR_CHARS) + "]\ufe0f?"
# A top rating in stars: five of them, or a five before them.
FULL_STARS = rf"(?:(?:{STAR}){{5}}|(?:5|five)\s?(?:{STAR}){{1,5}})"

RATING = (
    rf"(?:(?:{STAR}){{1,5}}|"
    r"reviews?|feedbacks?|ratings?|stars?|scores?|testimonials?|rese[nñ]as?|calificaci[oó]n(?:es)?|valoraci[oó]n"
    r"|opini[oó]n|estrellas?|estrellitas?|estrelinhas?|avalia[cç][aãõo](?:es|o)?|estrelas?|notas?|coment[aá]rios?|avis|[eé]valuations?"
    # Arabizi stars with the Egyptian "g" or the "j": "negoom", "nogoom", "njoum", "nujum"
    r"|notes?|[eé]toiles?|taqyeem|taqyim|tuqyeem|n[aeiou]?[gj](?:oo|ou|u)m|bituin|marka|rate)"
)

POSITIVE = (
    r"(?:5|five|5-?star|five-?star|positive|good|great|nice|excellent|perfect|top|max(?:imum)?|full|10/10|high|highest"
    r"|glowing|stellar|awesome|amazing|best|100%|5/5|cinco|buena|buenas|bueno|excelente|excelentes|positiva"
    r"|positivas|positivo|boa|boas|bom|[oó]tima|m[aá]xima|bon|bonne|bons|excellente|positif|positifs|maximale|cinq"
    r"|acha|achha|accha|achi|acchi|achhi|badhiya|badiya|zabardast|maganda|magandang|limang|mataas\sna|7elw|7elwa"
    r"|helw|helwa|kwayes|kwayyes|mumtaz|momtaz|mumtaza|khamsa)"
)

NEGATIVE_RATING = (
    r"(?:bad|negative|poor|low|terrible|awful|horrible|1-?star|one-?star|1|worst|lowest|mala|malas|negativa"
    r"|negativo|p[eé]sima|ruim|p[eé]ssima|mauvais|mauvaise|n[eé]gatif|n[eé]gative|kharab|bura|buri|bekaar|ganda"
    r"|pangit|masama|mababa|we7ash|wi7sh|sayye2|sayy2|wahda"
    # one star, the number as a word: "uma estrela", "una estrella", "une étoile", "ek star", "isang bituin"
    r"|(?:una|uma|une|ek|isang)(?=\s(?:sola\s|s[oó]\s|seule\s)?(?:estrellas?|estrelas?|[eé]toiles?|stars?|bituin)\b))"
)

INCENTIVE = (
    r"(?:refunds?|money\sback|discounts?|bonus(?:es)?|free|extra|tips?|cash\s?back|gift|coupon|\d{1,3}\s?%\soff"
    r"|half\sprice|lower\sprice|reduced\sprice|next\sorder|reembolso|descuento|gratis|regalo|devoluci[oó]n|desconto"
    r"|gr[aá]tis|de\sgra[cç]a|b[oô]nus|reembolso|remboursement|r[eé]duction|remise|gratuit|gratuite|cadeau"
    r"|muft|free\smein|paise\swapas|refund\sde|discount\sde|libre|libreng|balik\sbayad|diskwento|ekstra"
    r"|khasm|5asm|majjanan|balash|refund\s?ak|devuelvo|te\sdevuelvo|reembolsar|te\sreembolso|te\sregalo|desconto"
    r"|devolvo|te\sdevolvo|rembourse|rembourser|je\svous\srembourse|je\ste\srembourse|je\svous\soffre|r[eé]duc"
    r"|(?:I'll|I\swill|I\scan)\s(?:refund|pay\syou\sback|knock\soff|take\s\d{1,3}\s?%\soff)|pay\syou\sback"
    r"|\d{1,3}\s?(?:%|€|\$|usd|eur|dollars?|euros?|d[oó]lares|pesos|reais|rupees?|rs)|[$€£]\s?\d{1,4}"
    r"|wapas|ibabalik|ibalik|free\sservice|kaam\sfree|throw\sin|throw\sit\sin|on\sme|on\sthe\shouse)"
)

TRADE = (
    r"(?:for|in\sexchange\sfor|in\sreturn\sfor|in\sreturn|if\syou|if\s(?:your|ur)|once\syou|after\syou|when\syou"
    # the rating's grade made the condition: "a $20 tip if the review is 5 stars" ("if the rating is above 4" sets a
    # threshold)
    rf"|if\sthe(?=\s(?:review|rating|feedback)\s(?:is|was)\s(?:a\s)?{POSITIVE}(?!\w))|as\slong\sas\syou"
    r"|provided\syou|a\scambio\sde|por|si\sme|si|cuando|em\stroca\sd[ea]|se\svoc[eê]|se|quando|por\suma|pour|en\s[eé]change"
    r"|contre|si\svous|si\stu|quand|ke\sbadle|ke\sliye|agar|jab|kapalit\sng|kung|pag|basta|mukabil|law|iza|eza|lamma)"
)

CLOSE = (
    r"(?:close|end|mark|complete|approve|release|finish|wrap\sup|submit|accept|finali[sz]e|conclude|cierra|cerrar|cierre|finaliza"
    r"|finalizar|aprueba|libera|liberar|fecha|fechar|feche|encerra|encerre|encerrar|conclua|aprove|ferme[sz]?|fermer|cl[oô]ture[sz]?"
    r"|cl[oô]turer|valide[sz]?|terminer|close\skar|band\skar|khatam\skar|complete\skar|i-?close|i-?mark|isara|tapusin"
    r"|sakkir|sakker|[aei]?2[ei]?fel|khallas|marca|marque|marquez)"
)

CONTRACT = (
    r"(?:contract|job|milestone|order|project|gig|task|it|delivery|deliverables?|submission|contrato|trabajo|proyecto"
    r"|hito|pedido|projeto|marco|entrega|contrat|mission|projet|jalon|commande|livraison|kaam|project\sko|contract\sko"
    r"|kontrata|trabaho|el\s3a2d|3a2d|shoghl)"
)

EARLY = (
    r"(?:before|first|now|early|in\sadvance|upfront|ahead|already|right\snow|today|then\si(?:'ll|\swill)"
    r"|and\si(?:'ll|\swill)\s(?:finish|complete|do|deliver|send|continue)|i(?:'ll|\swill)\sfinish"
    r"|antes|primero|ahora|ya|luego\s(?:termino|sigo|te\sentrego)|primeiro|agora|j[aá]|depois\s(?:termino|entrego)"
    r"|avant|d'abord|maintenant|d[eè]s\smaintenant|ensuite|pehle|abhi|baad\smein|muna|ngayon|bago|awwal|hala2|ba3den)"
)

THREAT_IF = (
    r"(?:unless|if\s(?:you|u)\s(?:don'?t|dont|do\snot|won'?t|wont|refuse|can'?t|cant)|if\snot|or\selse|otherwise"
    r"|or\s(?:else\s)?(?:i|we)(?:'ll|\swill|'m|\sam|'re|\sare|\sshall)"
    r"|si\sno|si\st[uú]\sno|si\susted\sno|a\smenos\sque|o\ste|se\sn[aã]o|se\svoc[eê]\sn[aã]o|sen[aã]o|ou\s(?:eu\s)?(?:vou|te)|sinon|[aà]\smoins\sque|sauf\ssi"
    r"|si\s(?:vous|tu)\sne\s[\w']{1,12}\spas|nahi\s\w{1,10}\sto|warna|nahi\sto|nahin\sto|agar\s.{0,20}\snahi|kung\shindi|kundi|pag\shindi|w\s?ella|wella|iza\sma|law\sma)"
)

# -- scope cues ------------------------------------------------------------------------------------------------

NEGATION = (
    r"(?:not|never|no\sway|cannot|can'?t|won'?t|don'?t|doesn'?t|didn'?t|shouldn'?t|mustn'?t|wouldn'?t|couldn'?t"
    r"|isn'?t|aren'?t|unable|refuse|refused|decline|avoid\s(?:sharing|giving|moving|taking)|no\spuedo|no\spodemos"
    # no need to: "no hace falta dejar 5 estrellas", "não precisa dar 5 estrelas", "pas besoin de mettre 5 étoiles"
    r"|no\shace\sfalta|no\ses\snecesario|n[aã]o\sprecisa|n[aã]o\s[eé]\snecess[aá]rio|pas\sbesoin|pas\sla\speine"
    r"|no\svoy|no\sdebo|no\sse\spuede|no\sest[aá]|nunca|jam[aá]s|n[aã]o\sposso|n[aã]o\spodemos|n[aã]o\svou"
    r"|n[aã]o\sdevo|n[aã]o\s[eé]|nao\sposso|nunca|jamais|ne\speux|ne\spouvons|ne\spas|pas\sle\sdroit|ne\sdois"
    r"|no\s(?:acepto|aceptamos|recibo|trabajo|uso|comparto|doy|paso|hago|necesito|quiero)|n[aã]o\s(?:aceito|recebo|uso"
    r"|trabalho|passo|compartilho|fa[cç]o|preciso|quero)|n'accepte|n'utilise|ne\sre[cç]ois"
    # Tagalog "hindi" with its pronoun or "po" after it, as the language name never is: "hindi po ako tumatanggap"
    r"|nahi|nahin|nhi|mat|na\skaro|hindi\s(?:po\s)?(?:ko|ako|kami|namin|pwede|puwede)|bawal|ayoko|ma\sba2dar"
    r"|ma2dar|mish|msh|mesh|mosh|ma\sfi|mafi|la2"
    # "no"/"não" right before a clitic and its verb: "no me encuentras en facebook", "não me chama no zap"
    r"|no\s(?:me|te|nos)(?=\s)|n[aã]o\s(?:me|te|nos)(?=\s))"
)

NEGATION_EXCEPTIONS = (
    r"(?:don'?t\shesitate|don'?t\sworry|no\sworries|not\sa\sproblem|no\sproblem|not\ssure|never\smind|not\sonly"
    r"|why\snot|if\snot|don'?t\sforget|won'?t\stake\slong|can'?t\swait|no\spreocupes|n[aã]o\sse\spreocupe"
    r"|ne\st'inqui[eè]te"
    # a floor, not a refusal: "don't give me less than 5 stars", "don't rate me anything below 5"
    r"|(?:me|us)\s(?:(?:less|lower)\sthan|anything\s(?:less|lower|below|under))"
    # French "ne ... que" is "only", no refusal: "je n'accepte que les cryptos" (but "je ne pense pas que" is one)
    r"|\bn(?:e\s|')(?!(?:pas|jamais|plus|point)\b)\w{2,14}\s(?:(?!(?:pas|jamais|plus|point)\b)\w{1,10}\s)?que\b)"
)

RULE_REFERENCE = (
    r"(?:against\s(?:the\s)?(?:rules?|terms|tos|policy|polic(?:y|ies)|guidelines)|not\sallowed|isn'?t\sallowed"
    r"|aren'?t\sallowed|prohibited|forbidden|violat\w{0,6}|terms\sof\s(?:service|use)|\btos\b|platform\srules"
    r"|site\srules|community\sguidelines|contra\slas\s(?:reglas|normas|pol[ií]ticas)|no\sest[aá]\spermitido"
    r"|prohibido|contra\sas\s(?:regras|normas)|n[aã]o\s[eé]\spermitido|proibido|contre\sles\sr[eè]gles|interdit"
    r"|pas\sautoris[eé]|pas\spermis|allowed\snahi|allowed\snahin|mana\shai|niyam|bawal|labag\ssa|mamnou3"
    r"|mamnoo3|mish\smasmou7|ded\sel\sqawanin)"
)

RULE_QUESTION = (
    r"(?:allowed|permitted|allow|against\s(?:the\s)?(?:rules?|terms|tos|policy)|rules?|policy|tos|terms|legal"
    r"|violation|violate|ok\sto\sshare|okay\sto\sshare|safe\sto|a\sscam|legit|legitimate"
    # leave asked to give one's own: "is it ok to send my number here?", "¿está bien si paso mi número?"
    r"|(?:ok|okay|fine|alright|all\sright|est[aá]\sbien|tudo\sbem|t[aá]\sbem|c'est\s(?:ok|bon)|theek)\s(?:to|if|for|si|se|de"
    r"|que|d')\s?[^?\n]{0,30}?\b(?:my|our|mi|mis|meu|minha|meus|mon|ma|mes|mera|meri|apna)"
    r"|permitido|se\spermite|reglas|normas|pol[ií]tica|regras|proibido"
    r"|autoris[eé]e?|permis|le\sdroit|r[eè]gles|interdit|allowed\shai|theek\shai\skya|niyam"
    r"|(?:pwede|puwede)\sba\s[^?\n]{0,40}\bdito|bawal\sba|allowed\sba|masmou7|masmoo7|mamnou3|ynfa3|yenfa3"
    # the sender asking leave to do it on the platform: "can I receive payment via PayPal here?"
    r"|(?:can|may|could)\s(?:i|we)\s[^?\n]{0,60}?(?<!instead\sof\s)(?<!rather\sthan\s)(?<!not\s)(?<!from\s)(?<!than\s)(?<!outside\sof\s)(?<!outside\s)\b(?:here"
    r"|on\s(?:this\s(?:site|platform)|upwork|fiverr))(?=\s?\?))"
)

REPORTER = (
    r"(?:client|clients|freelancer|freelancers|buyer|buyers|customer|customers|employer|employers|he|she|they"
    r"|someone|somebody|this\sguy|this\sperson|that\sguy|the\sother\sparty|a\suser|users|the\srecruiter|recruiter"
    r"|a\sscammer|scammer|contractor|people|candidate|applicant|agency|manager|cliente|clientes|[eé]l|ella|ellos"
    r"|alguien|comprador|ele|ela|eles|algu[eé]m|il|elle|ils|quelqu'un|l'acheteur|woh|wo|usne|unhone|client\sne"
    r"|siya|sila|yung\sclient|ang\sclient|howa|hiya|homa|el\s3amil|el\sclient)"
)

REPORT_VERB = (
    r"(?:asked|asks|asking|wants|wanted|told|tells|requested|requests|insisted|insists|suggested|suggests|offered"
    r"|offers|said|says|wrote|writes|keeps|kept|is\spushing|pushed|demanded|demands|proposed|proposes|messaged"
    r"|sent\sme\sa\smessage|is\strying|tried|pressur\w{0,6}|invited|mentioned|claims|claimed|insist"
    r"|me\spidi[oó]|me\spide|pidi[oó]|quiere\sque|quer[ií]a\sque|me\sdijo|dijo|me\sescribi[oó]|me\sofreci[oó]|insiste"
    r"|me\spediu|pediu|quer\sque|queria\sque|disse|me\sofereceu|ofereceu|insistiu|m'a\sdemand[eé]|demande"
    r"|veut\sque|voulait\sque|m'a\sdit|a\sdit|m'a\spropos[eé]|m'a\s[eé]crit|keh\sraha|keh\srahi|kehta|kehti|bol\sraha"
    r"|bol\srahi|bola|boli|maang\sraha|maang\srahi|maanga|chahta|chahti|keh\srahe|sabi\sniya|sabi\sng|hiningi"
    r"|hinihingi|gusto\sniya|gusto\sng|pinapa|nag-?request|2alli|2alet|2al|talab|talbet|bidou|baddo|baddha|bedo)"
)

# Reported speech with the verb first (Tagalog "sabi ng client ...", Hinglish "client ne bola ki ...", Arabizi
# "2al li el client ..."), or a source phrase; the REPORTER-then-verb order is in REPORTER/REPORT_VERB.
REPORT_LEAD = (
    r"(?:sabi\s(?:ng|ni|niya|nila|sa\sakin)|ayon\s(?:sa|kay)|according\sto|ne\s(?:kaha|bola|boli|likha|pucha|maanga)"
    r"|bol\s(?:raha|rahi)\s(?:hai|tha|thi)\ski|keh\s(?:raha|rahi)\s(?:hai|tha|thi)\ski|2al(?:et)?\sli|2alli|2aletli"
    r"|bi2oul|bit2oul|by2ool|3am\sy2ool|seg[uú]n\s(?:el|la)|d'apr[eè]s\s(?:le|la)|selon\s(?:le|la)"
    r"|dijo\sque|disse\sque|a\sdit\sque|said\sthat|says\sthat|told\sme\sthat)"
)

QUESTION_ABOUT = (
    r"(?:is\sit|is\sthat|is\sthis|are\swe|am\si|are\syou|can\si|can\swe|may\si|would\sit\sbe|will\sit\sbe|does|do"
    r"|should\si|is\sthere|what\sare|what's|how|why|puedo|podemos|se\spuede|est[aá]|es|posso|podemos|[eé]|est-ce"
    r"|est-il|puis-je|peut-on|ai-je|kya|kyaa|pwede|puwede|ok\slang|ba|momken|mumkin|hal|ynfa3)"
)

# Work mentions: a platform name next to one of these is the work itself (skills, integrations, job scope).
SKILL_AFTER = (
    r"(?:api|apis|integrations?|integrat\w{0,5}|bots?|chat\s?bots?|ads|ad|advertising|marketing|campaigns?"
    r"|automation|automations|sdk|checkout|gateway|plugin|plug-in|webhooks?|developer|development|dev|expert|experts"
    r"|specialist|specialists|consultant|store|shop|page|pages|button|buttons|clone|template|templates|channel"
    r"|channels|groups?|communit\w{0,3}|seo|leads?|lead\sgen\w{0,7}|funnels?|analytics|merchant|payouts?|subscriptions?"
    r"|billing|invoicing|module|widget|notifications?|flows?|mini\s?app|web\s?app|stickers?|filters?|content"
    r"|posts?|reels?|stories|influencer|followers|growth|strategy|manager|management|admin|moderat\w{0,5}|scraper"
    r"|scraping|data|dashboard|reports?|reconciliation|processing|payment\sprocessing|connector|library|wrapper"
    r"|certified|certification|profile\soptimi\w{0,8}|rest\s?apis?|restful|graph|cloud|sandbox|ipn|smart\scontracts?"
    r"|integra[cç][aã]o|integraci[oó]n|int[eé]gration|desarrollador|desenvolvedor|d[eé]veloppeur|anuncios|an[uú]ncios"
    r"|publicidad|publicit[eé])"
)

SKILL_BEFORE = (
    r"(?:integrate|integrating|integration\s(?:of|with)|set\s?up|setting\sup|configure|configuring|build|building"
    r"|develop|developing|implement|implementing|connect(?:ing)?(?!\s(?:on|via|over)\s)|migrate|migrating|automate|automating"
    r"|experience\s(?:with|in)|experienced\s(?:with|in)|expert\sin|specialist\sin|skilled\sin|proficient\sin"
    r"|knowledge\sof|worked\swith|work\swith|manage|managing|run|running|grow|growing|design|designing|clone\sof"
    r"|optimi[sz]e|optimi[sz]ing|support\sfor|accept\spayments\sthrough|customers\scan\spay|users\scan\spay|(?<!\bme\s)add"
    r"|adding|enable|enabling|certified|our|my\sclient'?s|the\sclient'?s|for\syour\sbusiness|integrar|integrando"
    r"|configurar|configurando|experiencia\s(?:con|en)|experi[eê]ncia\s(?:com|em)|exp[eé]rience\s(?:avec|en|d['’]|de)"
    r"|desarrollar|integra[cç][aã]o|int[eé]grer|configurer|d[eé]velopper)"
)

# Job-level domain words: in these texts a payment rail named without "me/you" is the subject of the work.
WORK_DOMAIN = (
    r"(?:integrat\w{0,6}|integra(?:r|ndo|ci[oó]n|ciones|[cç][aã]o|[cç][oõ]es)|int[eé]gr(?:er|ation)|pasarela\sde\spagos?"
    r"|gateway\sde\spagamentos?|tienda\sonline|tienda\sen\sl[ií]nea|loja\s(?:virtual|online)|boutique\sen\sligne|api|sdk|checkout|payment\sgateways?|gateways?|plugin|webhooks?|e-?commerce|shopify|woocommerce"
    r"|website|web\sapp|mobile\sapp|developer|backend|frontend|fintech|merchant|reconcil\w{0,8}|bookkeep\w{0,5}"
    r"|accounting|invoic\w{0,5}\ssystem|cold\scall\w{0,3}|call\scenter|telemarketing|customer\ssupport"
    r"|virtual\sassistant|appointment\ssetting|lead\sgeneration|social\smedia\smanag\w{0,5}|chatbot"
    # a piece of writing about payments: the rail is its topic ("a blog post about how to avoid PayPal fees")
    r"|(?:blog\sposts?|articles?|e-?books?|guides?|tutorials?|newsletters?|essays?|videos?|scripts?)\s(?:about|on))"
)
