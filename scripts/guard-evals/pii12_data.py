"""Name sources and look-alike vocabulary of the twelfth PII bank (dev12 / heldout12).

Names come from the pinned Faker package (many locales, non-Latin scripts transliterated) plus
small hand lists for Arabic-transliterated names; about 10 % are invented by
`common.invented_name`. Look-alikes are words that resemble personal data and are never labelled.
"""

# ---------------------------------------------------------------- name locales

# (source, weight). A source is a Faker locale, or "translit:<locale>" (Cyrillic/Greek rendered in
# Latin letters), "roman:<locale>" (Faker's romanised names), or "arabic" (hand list below).
NAME_SOURCES = {
    "de": [
        ("de_DE", 22), ("de_AT", 7), ("de_CH", 6), ("tr_TR", 5), ("pl_PL", 4), ("it_IT", 3),
        ("hr_HR", 2), ("ro_RO", 2), ("translit:el_GR", 2), ("translit:uk_UA", 2), ("translit:ru_RU", 1),
        ("fr_FR", 2), ("fr_CH", 1), ("nl_NL", 2), ("es_ES", 2), ("pt_PT", 2), ("cs_CZ", 2), ("sk_SK", 1),
        ("hu_HU", 2), ("en_GB", 2), ("en_US", 1), ("sv_SE", 1), ("da_DK", 1), ("no_NO", 1), ("fi_FI", 1),
        ("vi_VN", 2), ("roman:zh_CN", 1), ("roman:ja_JP", 1), ("arabic", 3), ("yo_NG", 1), ("ig_NG", 1),
        ("en_KE", 1), ("en_IN", 1), ("sl_SI", 1), ("lt_LT", 1), ("et_EE", 1), ("is_IS", 1), ("zu_ZA", 1),
    ],
    "en": [
        ("en_GB", 18), ("en_US", 16), ("en_IE", 5), ("en_AU", 3), ("en_NZ", 1), ("en_IN", 5), ("en_NG", 2),
        ("yo_NG", 1), ("ig_NG", 1), ("ha_NG", 1), ("en_KE", 2), ("de_DE", 4), ("de_AT", 1), ("de_CH", 1),
        ("fr_FR", 3), ("it_IT", 3), ("es_ES", 2), ("es_MX", 2), ("nl_NL", 2), ("pl_PL", 3), ("cs_CZ", 1),
        ("tr_TR", 2), ("translit:el_GR", 1), ("pt_PT", 1), ("pt_BR", 2), ("sv_SE", 1), ("da_DK", 1),
        ("no_NO", 1), ("fi_FI", 1), ("hu_HU", 1), ("ro_RO", 1), ("hr_HR", 1), ("translit:uk_UA", 1),
        ("vi_VN", 2), ("roman:zh_CN", 2), ("roman:ja_JP", 1), ("arabic", 3), ("ga_IE", 1), ("tw_GH", 1),
        ("id_ID", 1), ("fil_PH", 1),
    ],
}

INVENTED_SHARE = 0.10

ARABIC = {
    "f": ["Amira", "Layla", "Fatima", "Yasmin", "Nour", "Rania", "Salma", "Huda", "Mariam", "Dalia", "Lina", "Aya"],
    "m": ["Omar", "Khaled", "Youssef", "Tariq", "Karim", "Hassan", "Samir", "Bilal", "Mahmoud", "Walid", "Ziad", "Fadi"],
    "last": ["Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Al-Masri", "El-Sayed", "Abdullah", "Hamdan",
             "Farouk", "Qasim", "Darwish", "Aziz", "Rahman", "Barakat", "Al-Hashimi", "Shaheen", "Odeh"],
}

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "ы": "y", "э": "e", "ё": "io", "ъ": "", "'": "", "’": "",
}
_CYR_RU = dict(_CYR, **{"г": "g", "и": "i", "й": "y", "ю": "yu", "я": "ya", "е": "e"})
_GREEK = {
    "α": "a", "ά": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "έ": "e", "ζ": "z", "η": "i", "ή": "i",
    "θ": "th", "ι": "i", "ί": "i", "ϊ": "i", "ΐ": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x",
    "ο": "o", "ό": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "ύ": "y", "ϋ": "y",
    "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o", "ώ": "o",
}


def transliterate(s: str, locale: str) -> str:
    table = _GREEK if locale.startswith("el") else _CYR_RU if locale.startswith("ru") else _CYR
    if locale.startswith("el"):
        for g, lat in (("ου", "ou"), ("ού", "ou"), ("Ου", "Ou"), ("Ού", "Ou"), ("ΟΥ", "OU")):
            s = s.replace(g, lat)
    out = []
    for i, c in enumerate(s):
        low = c.lower()
        if low in table:
            t = table[low]
            if c != low and t:
                t = t[0].upper() + t[1:]
            out.append(t)
        else:
            out.append(c)
    return "".join(out)


# Particles and double names, added to some drawn names (the whole name is the PERSON span).
PARTICLES = {
    "de": ["von", "von der", "zu"],
    "nl": ["van", "van der", "de", "van den", "ter"],
    "fr": ["de", "Le", "du"],
    "it": ["De", "Di", "Lo"],
    "es": ["de", "de la", "del"],
    "pt": ["da", "dos", "de"],
    "en": ["O'", "Mac", "Fitz"],
}

# ---------------------------------------------------------------- look-alikes (never labelled)

LOOKALIKE = {
    "de": {
        # surnames that are ordinary words or jobs
        "word": [
            "unser Koch im Hüttenrestaurant", "der Bauer vom Nachbarhof", "ein Fischer am Steg",
            "der Schneider in der Änderungsschneiderei", "der Müller der alten Mühle", "unser Meister in der Werkstatt",
            "ein Jäger aus dem Revier", "der Wirt der Almhütte", "die Bäckerin gegenüber", "der Schmied im Dorf",
            "ein Wolf im Nationalpark", "der Vogel auf dem Logo", "der Fuchs im Schaufenster", "unser Weber-Grill",
        ],
        "compound": [
            "Wolfsgrau", "Fuchsbau", "Bauernhof", "Fischerhütte", "Kochtopf", "Jägerzaun", "Schneiderpuppe",
            "Müllerstraße-Filiale", "Vogelhaus", "Meisterbetrieb", "Hahnenkamm", "Königsblau", "Kaiserwetter",
            "Wanderschuh-Set", "Winterhose", "Bergsteigerdorf",
        ],
        "town": [
            "Ludwigsburg", "Friedrichshafen", "Wilhelmshaven", "Karlsruhe", "Marienberg", "Sankt Johann",
            "Heiligenhafen", "Sankt Anton", "Annaberg", "Ottobrunn", "Hermagor", "Sankt Gallen", "Emmendingen",
        ],
        "colour": ["Wolfsgrau", "Tannengrün", "Nachtblau", "Rost", "Sand", "Moosgrün", "Schiefer"],
        "masked": ["Karte endet auf {n4}", "Visa •••• {n4}", "Mastercard mit Endziffern {n4}", "**** **** **** {n4}",
                   "IBAN endet auf …{n4}", "Kreditkarte xxxx-{n4}"],
        "role": ["die Filialleitung", "das Lager-Team", "der Kundenservice", "die Buchhaltung", "unser Azubi",
                 "die Kollegin aus dem Einkauf", "der Fahrer", "die Schichtleitung"],
    },
    "en": {
        "word": [
            "the baker next door", "a hunter green colourway", "the cook at the mountain hut", "a fisher on the pier",
            "the tailor down the road", "our shepherd's pie lunch", "a mason working on the wall", "the porter at the lodge",
            "grace period of 14 days", "the hunter's jacket", "the marshal at the race", "a carpenter's pencil",
            "the bill for the repair", "mark it as done", "will do",
        ],
        "compound": [
            "Hunter green", "Rose gold", "Olive drab", "Ruby red", "Sandy beige", "Ivy trail", "Heather grey",
            "Summer range", "Dawn patrol", "Brook trout print", "Amber lens", "Sterling silver",
        ],
        "town": [
            "Florence", "Victoria", "Jordan", "Austin", "Charlotte", "Adelaide", "Eugene", "Elizabeth", "Chester",
            "Douglas", "Kingston", "Stanley", "Beverley", "Shirley",
        ],
        "colour": ["Hunter green", "forest green", "night blue", "rust", "sand", "heather grey", "slate"],
        "masked": ["card ending in {n4}", "Visa •••• {n4}", "Mastercard ending {n4}", "**** **** **** {n4}",
                   "account ending …{n4}", "card xxxx-{n4}"],
        "role": ["the store manager", "the warehouse team", "customer service", "accounts", "our apprentice",
                 "the buyer", "the driver", "the shift lead"],
    },
}

MONTH_WORDS = {"en": ["May", "June", "August", "April"], "de": ["Mai", "Juni", "August", "April"]}
