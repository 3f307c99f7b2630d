import sys; sys.dont_write_bytecode = True  # noqa: E702

"""Ninth PII bank (dev9 / heldout9): people, addresses, checksummed values, look-alikes, the
template renderer with labelled spans, the consistency scanner and the split builder.

Template syntax
  {p1.full}        slot: base name + optional attribute + optional ':' option; pieces (text, label)
  ⟦a|b|c⟧          alternatives, innermost first, chosen with the record's rng
  {@close}         a phrase from the language module's phrase list (cut by split position)
Base names: p*/r* person, a*/ra* address, t*/rt* phone, m*/rm* mobile, iban*, cc*, ip*, ip6*, tax*,
anything else a look-alike or company value. Inside `Rows`, names without a trailing digit get a
row suffix (`r` -> `r_3`) so every row has its own person, address and numbers.
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import importlib  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import unicodedata  # noqa: E402

from common import credit_card as c_credit_card  # noqa: E402
from common import de_tax_id as c_de_tax_id  # noqa: E402
from common import fake, gtin13, iban_valid, luhn_valid  # noqa: E402
from common import weighted_choice as wchoice  # noqa: E402
from common import iban as c_iban  # noqa: E402

import pii9_data as D  # noqa: E402

TYPES = ["PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]


def cut(lst, split):
    """Even positions build dev9, odd positions heldout9."""
    assert len(lst) >= 2, lst
    return lst[0::2] if split == "dev" else lst[1::2]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- name locales

LOCALES = {
    "de": [("de_DE", 24), ("de_AT", 8), ("de_CH", 8), ("de_LI", 1), ("de_LU", 1), ("tr_TR", 5), ("pl_PL", 4), ("it_IT", 3),
           ("hr_HR", 2), ("ru_RU", 2), ("uk_UA", 3), ("ro_RO", 2), ("cs_CZ", 2), ("hu_HU", 2), ("el_GR", 2), ("fr_FR", 2),
           ("fr_CH", 1), ("es_ES", 1), ("pt_PT", 1), ("nl_NL", 1), ("en_GB", 1), ("en_US", 1), ("bg_BG", 1), ("sk_SK", 1),
           ("sl_SI", 1), ("az_AZ", 1), ("vi_VN", 1), ("sv_SE", 1), ("da_DK", 1), ("fi_FI", 1), ("no_NO", 1), ("et_EE", 1),
           ("lt_LT", 1), ("lv_LV", 1), ("mk_MK", 1), ("fr_DZ", 1), ("en_NG", 1), ("yo_NG", 1), ("sw", 1), ("zh_CN", 1),
           ("ko_KR", 1), ("ja_JP", 1), ("en_IN", 1), ("id_ID", 1), ("pt_BR", 1), ("es_MX", 1), ("nl_BE", 1), ("is_IS", 1)],
    "en": [("en_GB", 14), ("en_US", 14), ("en_IE", 5), ("en_NZ", 2), ("en_IN", 5), ("en_NG", 3), ("yo_NG", 2), ("ig_NG", 1),
           ("ha_NG", 1), ("en_KE", 2), ("sw", 1), ("en_PK", 2), ("zu_ZA", 1), ("tw_GH", 1), ("de_DE", 3), ("de_AT", 1),
           ("de_CH", 1), ("fr_FR", 2), ("fr_CA", 1), ("it_IT", 2), ("es_ES", 2), ("es_MX", 3), ("es_CO", 1), ("es_AR", 1),
           ("es_CL", 1), ("pt_BR", 2), ("pt_PT", 1), ("nl_NL", 1), ("pl_PL", 2), ("ro_RO", 1), ("cs_CZ", 1), ("hu_HU", 1),
           ("uk_UA", 1), ("ru_RU", 1), ("el_GR", 1), ("tr_TR", 1), ("sv_SE", 1), ("da_DK", 1), ("no_NO", 1), ("fi_FI", 1),
           ("ga_IE", 1), ("vi_VN", 2), ("zh_CN", 2), ("zh_TW", 1), ("ja_JP", 1), ("ko_KR", 2), ("id_ID", 1), ("fr_DZ", 1),
           ("en_TH", 1), ("lt_LT", 1), ("hr_HR", 1), ("sk_SK", 1), ("sl_SI", 1), ("et_EE", 1), ("lv_LV", 1), ("bg_BG", 1),
           ("az_AZ", 1), ("uz_UZ", 1), ("fr_BE", 1)],
}
ALL_NAME_LOCALES = sorted({loc for pairs in LOCALES.values() for loc, _ in pairs})
CYRILLIC = {"ru_RU", "uk_UA", "bg_BG", "mk_MK"}
INVENTED_RATE = 0.10


def _translit_cyr(s, locale, scheme):
    table = dict(D.CYR_DE if scheme == "de" else D.CYR_EN)
    if locale == "uk_UA":
        table.update({"и": "y", "г": "h", "і": "i"})
    if locale == "bg_BG":
        table.update({"ъ": "a", "щ": "sht", "ю": "yu" if scheme == "en" else "ju"})
    table.update({"ʼ": "", "'": "", "’": ""})
    out = []
    for c in s:
        r = table.get(c.lower(), c)
        if c != c.lower():  # upper case source letter
            r = r[:1].upper() + r[1:]
        out.append(r)
    res = "".join(out)
    return res[:1].upper() + res[1:]


def _translit_greek(s):
    nfd = unicodedata.normalize("NFD", s)
    base = "".join(c for c in nfd if not unicodedata.combining(c))
    low = base.lower()
    for a, b in D.GREEK_DIGRAPHS:
        low = low.replace(a, b)
    low = "".join(D.GREEK.get(c, c) for c in low)
    if low.startswith("mp"):
        low = "b" + low[2:]
    elif low.startswith("nt"):
        low = "d" + low[2:]
    elif low.startswith("gk"):
        low = "g" + low[2:]
    return "-".join(p[:1].upper() + p[1:] for p in low.split("-"))


def _roman_hangul(s):
    out = []
    for c in s:
        o = ord(c) - 0xAC00
        if 0 <= o < 11172:
            out.append(D.HANGUL_INITIAL[o // 588] + D.HANGUL_MEDIAL[(o % 588) // 28] + D.HANGUL_FINAL[o % 28])
        else:
            out.append(c)
    return out


def _korean(f, gender, rng):
    first_h = f.first_name_female() if gender == "f" else f.first_name_male()
    last_h = f.last_name()
    last = D.KOREAN_SURNAMES.get(last_h) or "".join(_roman_hangul(last_h)).capitalize()
    syl = _roman_hangul(first_h)
    first = ("-".join(syl) if rng.random() < 0.5 else "".join(syl)).capitalize()
    return first, last


def _clean_name(s):
    s = " ".join(s.split())
    return s


def faker_name(locale, gender, rng, lang):
    f = fake(locale, rng)
    if locale == "ko_KR":
        return _korean(f, gender, rng)
    if locale in ("ja_JP", "zh_CN", "zh_TW"):
        first, last = f.first_romanized_name(), f.last_romanized_name()
        if locale == "zh_TW":
            first = "-".join(p.capitalize() for p in first.split("-"))
            last = last.capitalize()
        return first, last
    first = f.first_name_female() if gender == "f" else f.first_name_male()
    try:
        last = f.last_name_female() if gender == "f" else f.last_name_male()
    except AttributeError:
        last = f.last_name()
    if locale in CYRILLIC:
        scheme = "de" if (lang == "de" and rng.random() < 0.5) else "en"
        first, last = _translit_cyr(first, locale, scheme), _translit_cyr(last, locale, scheme)
    elif locale == "el_GR":
        first, last = _translit_greek(first), _translit_greek(last)
    return _clean_name(first), _clean_name(last)


# ---------------------------------------------------------------- invented names

_KNOWN = None


def known_names():
    global _KNOWN
    if _KNOWN is None:
        names = set()
        for loc in ALL_NAME_LOCALES + ["de_DE", "en_US", "en_GB"]:
            mod = importlib.import_module("faker.providers.person." + loc)
            prov = mod.Provider(None)
            for attr in ("first_names", "first_names_female", "first_names_male", "last_names", "last_names_female",
                         "last_names_male", "first_romanized_names", "last_romanized_names"):
                try:
                    v = getattr(prov, attr)
                except Exception:
                    continue
                if isinstance(v, dict):
                    v = list(v.keys())
                for x in v:
                    if isinstance(x, str):
                        names.add(x.lower())
        _KNOWN = names
    return _KNOWN


_ON = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "r", "s", "t", "v", "w", "z", "br", "dr", "fr", "gr", "kr", "tr", "st", "sch", "j", "th", "p", "bl", "kl"]
_VO = ["a", "e", "i", "o", "u", "a", "e", "o", "ei", "au"]
_CODA = ["l", "r", "n", "s", "d", "t", "m", "nd", "rk", "ls"]
_FEM = ["a", "ine", "ia", "elle", "ina", "ette", "ea", "ka", "ra", "lie", "wen", "lind"]
_MAS = ["o", "an", "ik", "er", "im", "us", "en", "ard", "ian", "ol", "win", "mar"]
_SUR = ["mann", "er", "sen", "ski", "ley", "ton", "ford", "ov", "elli", "ez", "inger", "hoff", "berg", "aal", "rik", "escu",
        "ović", "oglu", "well", "by", "ke", "ens", "eau", "stad", "ani", "quist", "ak", "ewicz", "ides", "ura"]


def invented_name(rng, gender):
    known = known_names()

    def stem(n):
        w = "".join(rng.choice(_ON) + rng.choice(_VO) for _ in range(n))
        return w

    def attach(w, suffix):
        if w[-1] in "aeiouy" and suffix[0] in "aeiouy":
            w += rng.choice(_CODA)
        elif w[-1] not in "aeiouy" and suffix[0] not in "aeiouy":
            w += rng.choice(_VO[:5])
        return w + suffix

    for _ in range(500):
        first = attach(stem(rng.choice([1, 1, 2])), rng.choice(_FEM if gender == "f" else _MAS)).capitalize()
        last = attach(stem(rng.choice([1, 2, 2])), rng.choice(_SUR)).capitalize()
        if re.search(r"(.)\1\1|[aeiou]{3}|ii|uu", first + " " + last):
            continue
        if first.lower() in known or last.lower() in known:
            continue
        if len(first) < 4 or len(last) < 5 or len(first) > 10 or len(last) > 12:
            continue
        return first, last
    raise RuntimeError("no invented name")


# ---------------------------------------------------------------- people

def ascii_fold(s):
    for a, b in (("ß", "ss"), ("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ø", "o"), ("Ø", "O"),
                 ("æ", "ae"), ("Æ", "Ae"), ("ł", "l"), ("Ł", "L"), ("đ", "d"), ("Đ", "D"), ("ı", "i"), ("ə", "a"), ("Ə", "A"), ("ð", "d"), ("þ", "th")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii())


def plain_fold(s):
    """The way people type a name without diacritics: 'Jürgen' -> 'Jurgen' (not 'Juergen')."""
    s = s.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("ı", "i").replace("ə", "e")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii())


HON = {
    "de": {"f": ["Frau", "Frau", "Frau", "Fr."], "m": ["Herr", "Herr", "Herr", "Hr."]},
    "en": {"f": ["Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Ms"], "m": ["Mr", "Mr.", "Mr", "Mr"]},
}


class Person:
    def __init__(self, ctx):
        rng = ctx.rng
        self.gender = rng.choice("fm")
        self.invented = rng.random() < INVENTED_RATE
        if self.invented:
            self.locale = "invented"
            first, last = invented_name(rng, self.gender)
        else:
            self.locale = wchoice(rng, LOCALES[ctx.lang])
            first, last = faker_name(self.locale, self.gender, rng, ctx.lang)
            first, last = self._vary(rng, first, last, self.locale, self.gender)
        self.first, self.last = first, last
        self.middle = ""
        if self.locale in ("en_US", "en_GB", "en_NZ") and rng.random() < 0.1:
            self.middle = rng.choice("ABCDEFGHJKLMNPRSTW") + "."
        r = rng.random()
        self.title = "Dr." if r < (0.07 if ctx.lang == "de" else 0.04) else ("Prof. Dr." if ctx.lang == "de" and r < 0.085 else "")
        self.full = f"{first} {self.middle + ' ' if self.middle else ''}{last}"
        self.country = ctx.country
        self.ctx = ctx
        self._email = None
        self._work = {}
        self.rest = ""

    @staticmethod
    def _vary(rng, first, last, locale, gender):
        fam = locale.split("_")[0]
        if fam in ("de", "fr", "nl") and "-" not in first and " " not in first and rng.random() < 0.08:
            f = fake(locale, rng)
            other = f.first_name_female() if gender == "f" else f.first_name_male()
            if other != first and " " not in other and "-" not in other:
                first = f"{first}-{other}"
        r = rng.random()
        if "-" not in last and " " not in last and r < 0.05 and fam in ("de", "en", "fr", "nl", "sv", "da", "no", "pl", "hu", "tr"):
            f = fake(locale, rng)
            other = f.last_name()
            if other != last and " " not in other and "-" not in other:
                last = f"{last}-{other}"
        elif r < 0.10 and " " not in last:
            parts = {"de": ["von ", "von der ", "zu ", "von "], "fr": ["de ", "du ", "de la ", "Le "], "it": ["Di ", "De ", "Della ", "di "],
                     "es": ["de la ", "del ", "de "], "pt": ["da ", "dos ", "de "], "nl": ["van ", "van der ", "de ", "van den "]}.get(fam)
            if parts:
                last = rng.choice(parts) + last
            elif locale in ("en_GB", "en_IE", "en_NZ", "en_US"):
                last = rng.choice(D.PARTICLE_SURNAMES_IRISH + D.PARTICLE_SURNAMES_SCOTS)
        if fam == "es" and " " not in last and rng.random() < 0.35:
            other = fake(locale, rng).last_name()
            if other != last:
                last = f"{last} {other}"
        return first, last

    # ---- renderings: lists of (text, label)
    def initials(self):
        parts = re.split(r"([- ])", self.first)
        out = []
        for p in parts:
            if p in ("-", " "):
                out.append("-" if p == "-" else " ")
            elif p:
                out.append(p[0] + ".")
        return "".join(out)

    def email(self):
        if self._email is None:
            rng = self.ctx.rng
            f = ascii_fold(self.first).lower().replace(" ", "").replace("'", "")
            last = ascii_fold(self.last).lower().replace(" ", "").replace("'", "")
            f = f.split("-")[0] if rng.random() < 0.5 else f
            pat = rng.choice([f"{f}.{last}", f"{f[0]}.{last}", f"{f}{last}", f"{f}_{last}", f"{last}.{f}", f"{f}{rng.randint(1, 99)}",
                              f"{f}.{last}{rng.randint(60, 99)}", f"{f[0]}{last}", f"{f}-{last}", f"{f}.{last[0]}", f"{last}{rng.randint(1, 999)}"])
            dom = rng.choice(D.MAIL_DOMAINS[self.country if self.country in D.MAIL_DOMAINS else "DE"])
            addr = f"{pat}@{dom}"
            if rng.random() < 0.04:
                addr = addr[0].upper() + addr[1:]
            self._email = addr
        return self._email

    def work_email(self, dom):
        if dom in self._work:
            return self._work[dom]
        f = ascii_fold(self.first).lower().replace(" ", "").replace("'", "")
        last = ascii_fold(self.last).lower().replace(" ", "").replace("'", "")
        rng = self.ctx.rng
        f = f.split("-")[0]
        self._work[dom] = rng.choice([f"{f}.{last}", f"{f[0]}.{last}", f"{f}", f"{f[0]}{last}", f"{last}", f"{f}.{last}"]) + "@" + dom
        return self._work[dom]

    def ocr(self):
        rng = self.ctx.rng
        s = self.full
        mode = rng.choice(["upper", "mixed", "lowerfirst", "title"])
        if mode == "upper":
            s = s.upper()
        elif mode == "mixed":
            s = "".join(c.upper() if rng.random() < 0.35 else c.lower() for c in s)
        elif mode == "lowerfirst":
            s = " ".join(w[:1].lower() + w[1:].upper() for w in s.split(" "))
        if rng.random() < 0.35:
            subs = [("rn", "m"), ("l", "1"), ("O", "0"), ("e", "c"), ("i", "l"), ("S", "5"), ("ü", "ii"), ("ö", "o")]
            a, b = rng.choice(subs)
            if a in s:
                s = s.replace(a, b, 1)
        return s.strip()

    def render(self, attr, opt):
        P = "PERSON"
        ctx = self.ctx
        rng = ctx.rng
        lang = ctx.lang
        if attr in (None, "full"):
            return [(self.full, P)]
        if attr == "first":
            return [(self.first, P)]
        if attr == "last":
            return [(self.last, P)]
        if attr in ("h", "hd", "hf", "hdf"):
            hon = rng.choice(HON[lang][self.gender])
            if attr in ("hd", "hdf") and lang == "de" and self.gender == "m":
                hon = {"Herr": "Herrn", "Hr.": "Hrn."}[hon]
            if self.title:
                if lang == "de":
                    hon = f"{hon} {self.title}"
                else:
                    hon = rng.choice(["Dr", "Dr."])
            name = self.full if attr in ("hf", "hdf") else self.last
            return [(hon + " ", None), (name, P)]
        if attr == "sal":
            if lang == "de":
                s = "Sehr geehrte Frau" if self.gender == "f" else "Sehr geehrter Herr"
                if self.title:
                    s += " " + self.title
            else:
                s = "Dear " + (rng.choice(["Dr", "Dr."]) if self.title else rng.choice(HON["en"][self.gender]))
            return [(s + " ", None), (self.last, P)]
        if attr == "sig":
            if self.title and rng.random() < 0.8:
                return [(self.title + " ", None), (self.full, P)]
            return [(self.full, P)]
        if attr == "comma":
            return [(f"{self.last}, {self.first}", P)]
        if attr == "init":
            return [(f"{self.initials()} {self.last}", P)]
        if attr == "caps":
            return [(self.full.upper(), P)]
        if attr == "capslast":
            return [(self.last.upper(), P)]
        if attr == "capscomma":
            return [(f"{self.last.upper()}, {self.first.upper()}", P)]
        if attr == "slash":
            return [(f"{self.last.upper()}/{self.first.upper()}", P)]
        if attr == "low":
            return [(self.full.lower(), P)]
        if attr == "lfirst":
            return [(self.first.lower(), P)]
        if attr == "fold":
            return [(plain_fold(self.full) if rng.random() < 0.5 else ascii_fold(self.full), P)]
        if attr == "ffold":
            return [(plain_fold(self.first), P)]
        if attr == "lastfirst":
            return [(f"{self.last} {self.first}", P)]
        if attr == "any":
            form = wchoice(rng, [("full", 62), ("init", 10), ("comma", 10), ("fold", 6), ("caps", 4), ("lastfirst", 3), ("sig", 5)])
            return self.render(form, opt)
        if attr == "mention":
            return [("@", None), (self.full, P)]
        if attr == "handle":
            f = ascii_fold(self.first).lower().replace(" ", "")
            last = ascii_fold(self.last).lower().replace(" ", "").replace("'", "")
            return [("@" + rng.choice([f"{f}.{last}", f"{f[0]}{last}", f, f"{f}_{last[:1]}", f"{last}"]), None)]
        if attr == "ocr":
            return [(self.ocr(), P)]
        if attr == "email":
            return [(self.email(), "EMAIL")]
        if attr == "email2":
            if not hasattr(self, "_email2"):
                f = ascii_fold(self.first).lower().replace(" ", "").split("-")[0]
                last = ascii_fold(self.last).lower().replace(" ", "").replace("'", "")
                dom = rng.choice(D.MAIL_DOMAINS[self.country if self.country in D.MAIL_DOMAINS else "DE"])
                self._email2 = rng.choice([f"{f}.{last}.{rng.randint(1, 9)}", f"{last}{f[0]}", f"{f}{last}{rng.randint(10, 99)}", f"{f[0]}{last}.{rng.choice(['privat', 'home', 'mail'])}"]) + "@" + dom
            return [(self._email2, "EMAIL")]
        if attr == "capsmail":
            return [(self.email().upper(), "EMAIL")]
        if attr == "typo":  # the name misspelt, as in "It's Jürgen, not Jurgen"
            folded = plain_fold(self.full)
            if folded != self.full:
                return [(folded, P)]
            last = self.last
            for a, b in (("ei", "ie"), ("ie", "ei"), ("mm", "m"), ("nn", "n"), ("ll", "l"), ("ph", "f"), ("ck", "k"), ("dt", "t"), ("th", "t"), ("y", "i"), ("i", "y"), ("tz", "z"), ("ss", "ß")):
                if a in last[1:]:
                    return [(f"{self.first} {last[0]}{last[1:].replace(a, b, 1)}", P)]
            j = max(1, len(last) - 3)
            return [(f"{self.first} {last[:j]}{last[j + 1]}{last[j]}{last[j + 2:]}", P)]
        if attr == "firstinit":
            return [(f"{self.first} {self.last[0]}.", P)]
        if attr == "user":
            f = ascii_fold(self.first).lower().replace(" ", "")
            last = ascii_fold(self.last).lower().replace(" ", "").replace("'", "")
            return [(rng.choice([f"{f}_{last[:1]}{rng.randint(70, 99)}", f"{f[:3]}{last[:3]}{rng.randint(1, 999)}", f"{last}.{f[:1]}", f"{f}{rng.randint(1980, 2004)}", f"{f}-{last[:2]}"]), None)]
        if attr == "wmail":
            return [(self.work_email(ctx.value("codom" + self.rest)), "EMAIL")]
        if attr == "smail":
            return [(self.work_email(ctx.value("sdom")), "EMAIL")]
        if attr == "g":
            a, b = opt.split("/")
            return [(a if self.gender == "f" else b, None)]
        if attr == "fi":  # first initial only, unlabeled ("J." in a chat sign-off is not a name as written)
            return [(self.first[0] + ".", None)]
        raise KeyError(attr)


# ---------------------------------------------------------------- addresses


class Address:
    def __init__(self, ctx, country=None):
        rng = ctx.rng
        self.rng = rng
        self.lang = ctx.lang
        c = country or ctx.country
        self.country = c
        self.extra = ""
        self.locality = ""
        self.prefix_extra = ""
        if c in ("DE", "AT", "CH"):
            if c == "DE":
                r = rng.random()
                if r < 0.7:
                    street = rng.choice(D.DE_STREET_STEMS) + wchoice(rng, D.DE_STREET_SUFFIXES)
                elif r < 0.85:
                    street = rng.choice(D.DE_STREETS_PERSON)
                else:
                    street = rng.choice(D.DE_STREETS_PREP)
                if street.endswith("str.") and rng.random() < 0.3:
                    street = street[:-4] + "str"
                number = str(rng.choice([rng.randint(1, 30), rng.randint(1, 120), rng.randint(1, 12)]))
                if rng.random() < 0.12:
                    number += rng.choice(["a", "b", "c", " a", "-5", "–7"] if number.isdigit() and int(number) < 50 else ["a", "b"])
                towns = D.DE_TOWNS
                extras = D.DE_EXTRAS
            elif c == "AT":
                street = rng.choice(D.AT_STREETS)
                n = rng.randint(1, 80)
                number = rng.choice([str(n), f"{n}/{rng.randint(1, 9)}", f"{n}/{rng.randint(1, 4)}/{rng.randint(1, 24)}", str(n)])
                towns = D.AT_TOWNS
                extras = D.AT_EXTRAS
            else:
                street = rng.choice(D.CH_STREETS)
                number = str(rng.randint(1, 140)) + (rng.choice(["a", "b"]) if rng.random() < 0.1 else "")
                towns = D.CH_TOWNS
                extras = D.CH_EXTRAS
            zips, town = rng.choice(towns)
            self.zip = rng.choice(zips)
            self.town = town
            self.street = f"{street} {number}"
            self.street_name = street
            if rng.random() < 0.12:
                self.extra = rng.choice(extras)
            zp = self.zip
            r = rng.random()
            if c == "CH" and r < 0.2:
                zp = "CH-" + zp
            elif c == "AT" and r < 0.15:
                zp = "A-" + zp
            elif c == "DE" and r < 0.04:
                zp = "D-" + zp
            self.town_line = f"{zp} {town}"
        elif c == "GB":
            name = rng.choice(D.GB_STREET_NAMES)
            typ = wchoice(rng, D.GB_STREET_TYPES)
            self.street_name = f"{name} {typ}"
            self.street = f"{rng.choice([rng.randint(1, 40), rng.randint(1, 220)])}{'A' if rng.random() < 0.05 else ''} {self.street_name}"
            town, outs, locs = rng.choice(D.GB_TOWNS)
            self.town = town
            self.zip = f"{rng.choice(outs)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            self.locality = rng.choice(locs)
            if rng.random() < 0.15:
                self.prefix_extra = rng.choice(D.GB_EXTRAS)
            self.town_line = f"{town} {self.zip}"
        elif c == "IE":
            self.street_name = rng.choice(D.IE_STREETS)
            self.street = f"{rng.randint(1, 140)} {self.street_name}"
            town, key = rng.choice(D.IE_TOWNS)
            self.town = town
            self.zip = f"{key} {''.join(rng.choice('0123456789ACDEFHKNPRTVWXY') for _ in range(4))}"
            if rng.random() < 0.15:
                self.prefix_extra = rng.choice(D.IE_EXTRAS)
            self.town_line = f"{town}, {self.zip}" if rng.random() < 0.6 else f"{town} {self.zip}"
        elif c == "US":
            name = rng.choice(D.US_STREET_NAMES)
            typ = wchoice(rng, D.US_STREET_TYPES)
            d = rng.choice(["", "", "", "N ", "S ", "E ", "W "])
            self.street_name = f"{d}{name} {typ}"
            self.street = f"{rng.choice([rng.randint(10, 999), rng.randint(100, 9999), rng.randint(1000, 19999)])} {self.street_name}"
            if rng.random() < 0.2:
                self.extra = rng.choice(D.US_EXTRAS)
            town, state, z3 = rng.choice(D.US_TOWNS)
            self.town = town
            self.zip = z3 + digits(rng, 2) + (("-" + digits(rng, 4)) if rng.random() < 0.1 else "")
            self.town_line = f"{town}, {state} {self.zip}"
        elif c == "FR":
            n = rng.randint(1, 120)
            self.street_name = rng.choice(D.FR_STREETS)
            sep = rng.choice([" ", ", ", " bis ", " "])
            self.street = f"{n}{sep}{self.street_name}"
            zips, town = rng.choice(D.FR_TOWNS)
            self.zip = rng.choice(zips)
            self.town = town
            if rng.random() < 0.1:
                self.extra = rng.choice(D.FR_EXTRAS)
            self.town_line = f"{self.zip} {town}"
        elif c == "NL":
            self.street_name = rng.choice(D.NL_STREETS)
            n = rng.randint(1, 300)
            self.street = f"{self.street_name} {n}{rng.choice(['', '', '', 'A', '-II', ' hs', '-3', 'B'])}"
            town, lo, hi = rng.choice(D.NL_TOWNS)
            self.town = town
            letters = "ABCEGHJKLMNPRTVWXZ"
            self.zip = f"{rng.randint(lo, hi)} {rng.choice(letters)}{rng.choice(letters)}"
            self.town_line = f"{self.zip} {town}" if rng.random() < 0.85 else f"{self.zip}  {town.upper()}"
        else:
            raise KeyError(c)
        self.country_name = D.COUNTRY_NAMES[self.lang][c]

    def street_line(self):
        s = self.street
        if self.prefix_extra:
            s = f"{self.prefix_extra}, {s}"
        if self.extra:
            s = f"{s}{self.rng.choice([', ', ' '] if self.country == 'US' else [', '])}{self.extra}"
        return s

    def line(self):
        c = self.country
        sl = self.street_line()
        if c == "GB" and self.locality and self.rng.random() < 0.4:
            return f"{sl}, {self.locality}, {self.town}{self.rng.choice([' ', ', '])}{self.zip}"
        if c == "US":
            return f"{sl}, {self.town_line}"
        sep = self.rng.choice([", ", ", ", ", ", " · ", " - "] if c in ("DE", "AT", "CH") else [", "])
        return f"{sl}{sep}{self.town_line}"

    def block(self):
        c = self.country
        rng = self.rng
        if c == "GB":
            lines = []
            if self.prefix_extra and rng.random() < 0.5:
                lines += [self.prefix_extra, self.street]
            else:
                lines.append(self.street_line())
            if self.locality:
                lines.append(self.locality)
            if rng.random() < 0.5:
                lines += [self.town.upper() if rng.random() < 0.5 else self.town, self.zip]
            else:
                lines.append(self.town_line)
            return "\n".join(lines)
        if c in ("DE", "AT", "CH") and self.extra and rng.random() < 0.5:
            return f"{self.street}\n{self.extra}\n{self.town_line}"
        return f"{self.street_line()}\n{self.town_line}"

    def render(self, attr, opt):
        A = "STREET_ADDRESS"
        if attr in (None, "line"):
            return [(self.line(), A)]
        if attr == "street":
            return [(self.street_line(), A)]
        if attr == "streetonly":  # street + number, no apartment
            return [(self.street, A)]
        if attr == "block":
            return [(self.block(), A)]
        if attr == "blockc":
            return [(self.block(), A), ("\n" + (self.country_name.upper() if self.rng.random() < 0.3 else self.country_name), None)]
        if attr == "town":
            return [(self.town, None)]
        if attr == "zip":
            return [(self.zip, None)]
        if attr == "ztown":
            return [(self.town_line, None)]
        if attr == "sname":  # street name without house number: not an address
            return [(self.street_name, None)]
        if attr == "country":
            return [(self.country_name, None)]
        if attr in ("ocr", "ocrline"):
            v = self.street_line() if attr == "ocr" else self.line()
            mode = self.rng.choice(["upper", "mixed", "lower", "keep"])
            if mode == "upper":
                v = v.upper()
            elif mode == "mixed":
                v = "".join(c.upper() if self.rng.random() < 0.3 else c.lower() for c in v)
            elif mode == "lower":
                v = v.lower()
            if self.rng.random() < 0.3:
                a, b = self.rng.choice([("ß", "B"), ("e", "c"), ("0", "O"), ("1", "l"), ("ü", "u"), ("tr", "lr")])
                v = v.replace(a, b, 1)
            return [(v, A)]
        if attr == "commaline":  # "Street 4, Town" without postcode
            return [(f"{self.street_line()}, {self.town}", A)]
        raise KeyError(attr)


# ---------------------------------------------------------------- phones


def _pairs(s):
    """Group digits in pairs from the right: 234567 -> 23 45 67, 2345678 -> 234 56 78."""
    out = []
    while len(s) > 3:
        out.insert(0, s[-2:])
        s = s[:-2]
    out.insert(0, s)
    return " ".join(out)


def phone(rng, country, kind="any"):
    d = lambda n: digits(rng, n)  # noqa: E731
    if kind == "hotline":
        return {
            "DE": lambda: rng.choice([f"0800 {d(3)} {d(2)} {d(2)}", f"0800 / {d(3)} {d(2)} 00", f"+49 800 {d(7)}", f"01806 {d(2)} {d(2)} {d(2)}", f"0180 6 {d(6)}", f"0{rng.choice(D.DE_AREAS)} {d(5)}-0", f"+49 {rng.choice(D.DE_AREAS)} {d(6)}-0"]),
            "AT": lambda: rng.choice([f"0800 {d(3)} {d(3)}", f"+43 1 {d(2)} {d(2)} {d(2)}", f"0810 {d(3)} {d(3)}", f"+43 {rng.choice(D.AT_AREAS)} {d(5)}-0"]),
            "CH": lambda: rng.choice([f"0800 {d(3)} {d(3)}", f"0848 {d(3)} {d(3)}", f"+41 {rng.choice(D.CH_AREAS)} {d(3)} {d(2)} 00"]),
            "GB": lambda: rng.choice([f"0800 {d(3)} {d(4)}", f"0345 {d(3)} {d(4)}", f"0330 {d(3)} {d(4)}", f"+44 (0)345 {d(3)} {d(4)}", f"0333 {d(3)} {d(4)}"]),
            "US": lambda: rng.choice([f"1-800-{rng.randint(2, 9)}{d(2)}-{d(4)}", f"(888) {rng.randint(2, 9)}{d(2)}-{d(4)}", f"1 (877) {rng.randint(2, 9)}{d(2)}-{d(4)}", f"800-{rng.randint(2, 9)}{d(2)}-{d(4)}", f"+1 866 {rng.randint(2, 9)}{d(2)} {d(4)}"]),
            "IE": lambda: rng.choice([f"1800 {d(3)} {d(3)}", f"+353 1 {d(3)} {d(4)}", f"1850 {d(3)} {d(3)}"]),
            "FR": lambda: rng.choice([f"0 800 {d(2)} {d(2)} {d(2)}", f"09 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}"]),
            "NL": lambda: rng.choice([f"0800-{d(4)}", f"0900 {d(4)}", f"+31 20 {d(3)} {d(4)}"]),
        }[country]()
    mobile = kind == "mobile" or (kind == "any" and rng.random() < 0.45)
    ext = kind == "office" and rng.random() < 0.5
    if country == "DE":
        if mobile:
            pre = rng.choice(D.DE_MOBILE)
            sub = d(7) if len(pre) == 3 else d(7 if rng.random() < 0.5 else 8)
            return rng.choice([f"0{pre} {sub}", f"0{pre}-{sub}", f"0{pre}/{sub}", f"+49 {pre} {sub}", f"+49 (0){pre} {_pairs(sub)}",
                               f"0{pre} {_pairs(sub)}", f"+49{pre} {sub}", f"0049 {pre} {sub}", f"0{pre} {sub[:3]} {sub[3:]}", f"+49 {pre} {sub[:3]} {sub[3:]}"])
        a = rng.choice(D.DE_AREAS)
        sub = d(max(5, 10 - len(a) + rng.choice([-1, 0, 0, 1])))
        sfx = f"-{rng.randint(10, 299)}" if ext else ""
        return rng.choice([f"0{a} {sub}{sfx}", f"0{a}/{sub}{sfx}", f"0{a} / {_pairs(sub)}", f"(0{a}) {sub}{sfx}", f"+49 {a} {sub}{sfx}",
                           f"+49 (0){a} {sub}{sfx}", f"0049 {a} {sub}{sfx}", f"+49-{a}-{sub}", f"0{a}-{sub}{sfx}", f"0{a} {_pairs(sub)}",
                           f"+49 {a} {_pairs(sub)}"])
    if country == "AT":
        if mobile:
            pre = rng.choice(D.AT_MOBILE)
            sub = d(7)
            return rng.choice([f"0{pre} {sub}", f"0{pre}/{sub}", f"+43 {pre} {sub}", f"+43 (0){pre} {sub[:3]} {sub[3:5]} {sub[5:]}", f"0{pre} {sub[:3]} {sub[3:5]} {sub[5:]}", f"0043 {pre} {sub}"])
        a = rng.choice(D.AT_AREAS)
        sub = d(7 if a == "1" else rng.choice([5, 6]))
        sfx = f"-{rng.randint(10, 99)}" if ext else ""
        return rng.choice([f"0{a} {sub}{sfx}", f"0{a}/{sub}{sfx}", f"+43 {a} {sub}{sfx}", f"+43 (0){a} {_pairs(sub)}", f"0{a} {_pairs(sub)}"])
    if country == "CH":
        pre = rng.choice(D.CH_MOBILE if mobile else D.CH_AREAS)
        s3, s2a, s2b = d(3), d(2), d(2)
        return rng.choice([f"0{pre} {s3} {s2a} {s2b}", f"+41 {pre} {s3} {s2a} {s2b}", f"+41 (0){pre} {s3} {s2a} {s2b}", f"0041 {pre} {s3} {s2a} {s2b}",
                           f"0{pre}/{s3} {s2a} {s2b}", f"+41{pre}{s3}{s2a}{s2b}", f"0{pre} {s3} {s2a} {s2b}"])
    if country == "GB":
        if mobile:
            sub = "7" + d(3)
            rest = d(6) if rng.random() < 0.85 else "900" + d(3)
            return rng.choice([f"0{sub} {rest}", f"+44 {sub} {rest}", f"+44 (0){sub} {rest}", f"0{sub}{rest}", f"0{sub} {rest[:3]} {rest[3:]}", f"+44{sub}{rest}"])
        a, n = wchoice(rng, [(x, 1) for x in D.GB_AREAS])
        sub = d(n)
        s = f"{sub[:4]} {sub[4:]}" if n == 8 else (f"{sub[:3]} {sub[3:]}" if n == 7 else sub)
        sfx = f" ext. {rng.randint(100, 499)}" if ext else ""
        return rng.choice([f"0{a} {s}{sfx}", f"+44 {a} {s}{sfx}", f"+44 (0){a} {s}{sfx}", f"(0{a}) {s}", f"0{a} {s}"])
    if country == "US":
        a = rng.choice(D.US_AREAS)
        e = f"{rng.randint(2, 9)}{d(2)}"
        if e[1:] == "11":
            e = e[0] + "21"
        x = d(4) if rng.random() < 0.92 else "01" + d(2)
        if x.startswith("01"):
            e = "555"
        sfx = rng.choice([f" ext. {rng.randint(10, 999)}", f" x{rng.randint(10, 999)}", f" ext {rng.randint(100, 999)}"]) if ext else ""
        return rng.choice([f"({a}) {e}-{x}{sfx}", f"{a}-{e}-{x}{sfx}", f"{a}.{e}.{x}", f"+1 {a} {e} {x}", f"+1 ({a}) {e}-{x}{sfx}", f"1-{a}-{e}-{x}", f"+1-{a}-{e}-{x}", f"{a} {e} {x}"])
    if country == "IE":
        if mobile:
            pre = rng.choice(D.IE_MOBILE)
            return rng.choice([f"0{pre} {d(3)} {d(4)}", f"+353 {pre} {d(3)} {d(4)}", f"0{pre}-{d(7)}", f"+353 (0){pre} {d(3)} {d(4)}"])
        a, n = wchoice(rng, [(x, 1) for x in D.IE_AREAS])
        sub = d(n)
        return rng.choice([f"(0{a}) {sub[:3]} {sub[3:]}", f"0{a} {sub[:3]} {sub[3:]}", f"+353 {a} {sub[:3]} {sub[3:]}"])
    if country == "FR":
        pre = rng.choice(["6", "7"]) if mobile else rng.choice(D.FR_AREAS)
        g = [d(2) for _ in range(4)]
        return rng.choice([f"0{pre} {' '.join(g)}", f"+33 {pre} {' '.join(g)}", f"+33 (0){pre} {' '.join(g)}", f"0{pre}.{'.'.join(g)}", f"0033 {pre} {' '.join(g)}", f"0{pre}{''.join(g)}"])
    if country == "NL":
        if mobile:
            sub = d(8)
            return rng.choice([f"06-{sub}", f"06 {sub[:4]} {sub[4:]}", f"+31 6 {sub}", f"+31 (0)6 {sub[:2]} {sub[2:5]} {sub[5:]}", f"06 {sub}"])
        a = rng.choice(D.NL_AREAS)
        sub = d(7)
        return rng.choice([f"0{a} {sub[:3]} {sub[3:]}", f"0{a}-{sub}", f"+31 {a} {sub[:3]} {sub[3:]}", f"+31 (0){a} {sub}"])
    raise KeyError(country)


# ---------------------------------------------------------------- IPs, IBAN, cards, tax id


def ipv4(rng):
    r = rng.random()
    if r < 0.12:
        return f"192.168.{rng.choice([0, 1, 2, 178, 10])}.{rng.randint(2, 254)}"
    if r < 0.18:
        return f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    first = rng.choice([31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 87, 88, 89, 91, 92, 93, 94, 95, 109, 141, 151, 176, 178,
                        185, 188, 193, 194, 212, 213, 217, 24, 50, 66, 68, 71, 73, 96, 98, 104, 107, 172, 174, 203])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng):
    h = lambda: format(rng.randint(0, 0xFFFF), "x")  # noqa: E731
    pre = rng.choice([["2a02", format(rng.randint(0x100, 0xFFFF), "x")], ["2003", format(rng.randint(0xc0, 0xff), "x")],
                      ["2001", "16b8"], ["2a01", format(rng.randint(0x100, 0xFFFF), "x")], ["2a00", "20"],
                      ["2600", format(rng.randint(0x1700, 0x1f00), "x")], ["2a0a", format(rng.randint(0xa000, 0xffff), "x")], ["fe80", ""]])
    r = rng.random()
    if pre[0] == "fe80":
        return f"fe80::{h()}:{h()}:{h()}:{h()}"
    if r < 0.5:
        return ":".join(pre + [h() for _ in range(6)])
    if r < 0.8:
        return ":".join(pre + [h(), h()]) + "::" + ":".join(h() for _ in range(rng.randint(1, 2)))
    return ":".join(pre + [h()]) + "::" + h()


def ip(rng):
    return ipv6(rng) if rng.random() < 0.25 else ipv4(rng)


def iban(rng, country, grouped=None):
    if grouped is None:
        grouped = rng.random() < 0.75
    v = c_iban(rng, country, grouped)
    if not grouped and rng.random() < 0.05:
        v = v.lower()
    return v


def tax_valid(v):
    s = v.replace(" ", "")
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    body = s[:10]
    counts = sorted((body.count(c) for c in set(body)), reverse=True)
    if counts[0] not in (2, 3) or counts[1] != 1:
        return False
    product = 10
    for ch in body:
        t = (int(ch) + product) % 10
        if t == 0:
            t = 10
        product = (t * 2) % 11
    return (11 - product) % 10 == int(s[10])


CARD_PREFIXES = ("4", "51", "52", "53", "54", "55", "34", "37", "6011", "65")


def card_like(num):
    if not (13 <= len(num) <= 19) or not luhn_valid(num):
        return False
    if num.startswith(CARD_PREFIXES):
        return True
    return len(num) == 16 and 2221 <= int(num[:4]) <= 2720


# ---------------------------------------------------------------- look-alikes (never labelled)


def lookalike(kind, rng, lang):
    d = lambda n: digits(rng, n)  # noqa: E731
    de = lang == "de"
    if kind == "order":
        return rng.choice([f"{rng.randint(301, 408)}-{d(7)}-{d(7)}", f"TG-{d(6)}", str(rng.randint(10000000, 99999999)), f"#{rng.randint(10000, 999999)}", f"4{d(9)}", f"{rng.randint(1000, 9999)}-{d(6)}",
                           f"B2C-{rng.randint(2023, 2026)}-{d(6)}", f"SO-{d(5)}", f"AU-{d(7)}" if de else f"PO-{d(6)}", f"{rng.randint(10, 99)}-{d(5)}-{d(5)}"])
    if kind == "inv":
        return rng.choice([f"RE-{rng.randint(2023, 2026)}-{d(5)}" if de else f"INV-{rng.randint(2023, 2026)}-{d(5)}", f"INV-{d(6)}",
                           f"{rng.randint(2023, 2026)}/{d(4)}", f"R{d(8)}", f"RG {rng.randint(23, 26)}-{d(5)}" if de else f"IN{d(7)}"])
    if kind == "ticket":
        return rng.choice([f"#{d(5)}", f"T-{d(6)}", f"SR-{d(4)}-{d(3)}", f"CS-{d(5)}", f"INC00{d(5)}", f"Ticket#{rng.randint(2023, 2026)}{d(2)}{d(2)}1000{d(4)}", f"HD-{d(4)}"])
    if kind == "track":
        return rng.choice([f"00340434{d(12)}", f"1Z{d(3)}{rng.choice(['AA', 'E7', 'X4'])}{d(10)}", f"JJD{d(18)}", f"RR{d(9)}DE", f"{rng.choice(['AB', 'JD', 'KT'])}{d(9)}GB",
                           f"9400 1{d(3)} {d(4)} {d(4)} {d(4)} {d(2)}", f"H{d(19)}", f"ZX{d(8)}", f"CV{d(9)}NL"])
    if kind == "sku":
        return rng.choice([f"{d(5)}-{d(2)}", f"TG-{d(4)}-{rng.choice(['S', 'M', 'L', 'XL'])}", f"A{d(3)}.{d(3)}.{d(2)}", f"ART-{d(5)}", f"SKU {d(2)}-{d(4)}-{rng.choice(['BL', 'GR', 'SW'])}",
                           f"{d(3)}.{d(3)}.{d(3)}", f"{rng.choice(['BK', 'HX', 'ZR'])}{d(4)}{rng.choice(['A', 'B', 'C'])}"])
    if kind == "gtin":
        while True:
            g = gtin13(rng)
            if not card_like(g):
                return g
    if kind == "date":
        y, m, dd = rng.randint(2023, 2027), rng.randint(1, 12), rng.randint(1, 28)
        mon_en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
        mon_de = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"][m - 1]
        if de:
            return rng.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.", f"{dd:02d}.{m:02d}.{y % 100:02d}", f"{y}-{m:02d}-{dd:02d}", f"{dd}. {mon_de}", f"{dd}. {mon_de} {y}"])
        return rng.choice([f"{m:02d}/{dd:02d}/{y}", f"{dd}/{m}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{dd} {mon_en} {y}", f"{mon_en} {dd}", f"{mon_en} {dd}, {y}"])
    if kind == "bday":
        y, m, dd = rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28)
        return f"{dd:02d}.{m:02d}.{y}" if de else rng.choice([f"{m:02d}/{dd:02d}/{y}", f"{dd}/{m}/{y}", f"{dd:02d}.{m:02d}.{y}"])
    if kind == "time":
        h, mi = rng.randint(7, 20), rng.choice(["00", "15", "30", "45", "10", "50"])
        if de:
            return rng.choice([f"{h}:{mi}", f"{h}:{mi} Uhr", f"{h}.{mi} Uhr", f"{h} Uhr"])
        return rng.choice([f"{h}:{mi}", f"{(h - 1) % 12 + 1}:{mi} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}"])
    if kind == "price":
        e, c = rng.randint(9, 499), rng.choice(["00", "95", "99", "90", "50"])
        if de:
            return rng.choice([f"{e},{c} €", f"€ {e},{c}", f"{e},- €", f"EUR {e}.{c}", f"CHF {e}.{c}", f"{e} Euro"])
        return rng.choice([f"${e}.{c}", f"£{e}.{c}", f"€{e}", f"USD {e:,}.{c}", f"${e * 10:,}.00", f"£{e}"])
    if kind == "size":
        return rng.choice([f"{rng.randint(20, 60)} x {rng.randint(10, 40)} x {rng.randint(5, 25)} cm", f"{rng.randint(20, 60)} l", f"Gr. {rng.randint(36, 47)}" if de else f"size {rng.randint(6, 13)}",
                           f"EU {rng.randint(36, 47)}", rng.choice(["XS", "S", "M", "L", "XL", "XXL"]), f"{rng.randint(80, 220)} x {rng.randint(80, 220)} cm"])
    if kind == "weight":
        return rng.choice([f"{rng.randint(120, 1800)} g", f"{rng.randint(1, 24)},{rng.randint(1, 9)} kg" if de else f"{rng.randint(1, 24)}.{rng.randint(1, 9)} kg", f"{rng.randint(4, 40)} oz" if not de else f"{rng.randint(150, 900)} Gramm"])
    if kind == "ver":
        return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"{rng.randint(1, 20)}.{rng.randint(0, 9)}", f"{rng.randint(1, 9)}.{rng.randint(0, 12)}.{rng.randint(0, 40)}",
                           f"{rng.randint(2023, 2026)}.{rng.randint(1, 12)}.{rng.randint(1, 3)}", f"10.0.{rng.randint(19041, 26100)}.{rng.randint(256, 4800)}", f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}-rc{rng.randint(1, 4)}"])
    if kind == "build":
        return f"{rng.randint(2023, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}.{rng.randint(1, 9)}"
    if kind == "zip":
        return d(5) if de else rng.choice([d(5), f"{rng.choice(['SW', 'NW', 'EC', 'M', 'LS', 'BS'])}{rng.randint(1, 20)}"])
    if kind == "qty":
        return str(rng.randint(2, 250))
    if kind == "num":
        return str(rng.randint(2, 30))
    if kind == "pct":
        return f"{rng.randint(5, 60)} %" if de else f"{rng.randint(5, 60)}%"
    if kind == "year":
        return str(rng.randint(2019, 2026))
    if kind == "kw":
        return f"KW {rng.randint(1, 52)}" if de else f"week {rng.randint(1, 52)}"
    if kind == "dur":
        return rng.choice([f"{rng.randint(2, 14)} Werktage", f"{rng.randint(2, 6)} Wochen", f"{rng.randint(10, 90)} Minuten"]) if de else rng.choice([f"{rng.randint(2, 14)} working days", f"{rng.randint(2, 6)} weeks", f"{rng.randint(10, 90)} minutes"])
    if kind == "wd":
        return rng.choice(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"] if de else ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])
    if kind == "month":
        return rng.choice(["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"] if de
                          else ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"])
    if kind == "custno":
        return rng.choice([f"KD-{d(6)}" if de else f"CUST-{d(6)}", str(rng.randint(100000000, 999999999)), f"{rng.randint(10, 99)}-{d(5)}", f"K{d(7)}" if de else f"C{d(7)}", f"100{d(5)}"])
    if kind == "pobox":
        return rng.choice([f"Postfach {d(2)} {d(2)} {d(2)}", f"Postfach {rng.randint(100, 9999)}", "Postfach", f"Postfach {d(3)}"]) if de else rng.choice([f"PO Box {rng.randint(10, 9999)}", f"P.O. Box {rng.randint(10, 999)}", f"PO Box {rng.randint(1000, 99999)}"])
    if kind == "masked":
        last4 = d(4)
        return rng.choice([f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"•••• {last4}", f"************{last4}", f"{rng.choice(['4', '5'])}{d(3)} **** **** {last4}"])
    if kind == "cardend":
        return d(4)
    if kind == "stnr":
        return rng.choice([f"{d(3)}/{d(3)}/{d(5)}", f"{d(2)}/{d(3)}/{d(5)}", f"{d(3)}/{d(4)}/{d(4)}"])
    if kind == "vat":
        return rng.choice([f"DE{rng.randint(1, 3)}{d(8)}", f"ATU{d(8)}", f"CHE-{d(3)}.{d(3)}.{d(3)} MWST", f"DE {d(3)} {d(3)} {d(3)}"]) if de else rng.choice([f"GB{d(3)} {d(4)} {d(2)}", f"IE{d(7)}{rng.choice('ABCDW')}", f"DE{rng.randint(1, 3)}{d(8)}", f"EIN {d(2)}-{d(7)}"])
    if kind == "svnr":
        y, m, dd = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
        return f"{rng.randint(10, 89)} {dd:02d}{m:02d}{y} {rng.choice('ABCDEFGHJKLMNPRSTW')} {d(3)}" if de else f"{rng.choice(['AB', 'JC', 'NZ', 'PR', 'SW'])} {d(2)} {d(2)} {d(2)} {rng.choice('ABCD')}"
    if kind == "hrb":
        return rng.choice([f"HRB {rng.randint(1000, 799999)}", f"HRA {rng.randint(1000, 99999)}", f"FN {rng.randint(10000, 599999)}{rng.choice('abdfghikmpstvwxyz')}", f"CHE-{d(3)}.{d(3)}.{d(3)}"]) if de else rng.choice([f"Company No. {d(8)}", f"Reg. No. {d(8)}", f"SC{d(6)}", f"CRO {d(6)}"])
    if kind == "exp":
        return f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"
    if kind == "sname":
        if de:
            return rng.choice([rng.choice(D.DE_STREET_STEMS) + rng.choice(["straße", "weg", "allee", "gasse"]), rng.choice(D.DE_STREETS_PERSON), rng.choice(D.AT_STREETS), rng.choice(D.CH_STREETS)])
        return rng.choice([f"{rng.choice(D.GB_STREET_NAMES)} {wchoice(rng, D.GB_STREET_TYPES)}", f"{rng.choice(D.US_STREET_NAMES)} {rng.choice(['Street', 'Avenue', 'Road'])}", rng.choice(D.IE_STREETS)])
    if kind == "mac":
        return ":".join(format(rng.randint(0, 255), "02x") for _ in range(6))
    if kind == "room":
        return rng.choice([f"Raum {rng.randint(1, 4)}.{rng.randint(10, 40)}", f"R {rng.randint(100, 420)}", "Konferenzraum Elbe", "Besprechungsraum 2"]) if de else rng.choice([f"Room {rng.randint(1, 4)}.{rng.randint(10, 40)}", "Boardroom", f"Meeting room {rng.randint(1, 9)}", "the Oak room"])
    if kind == "ref":
        return rng.choice([f"REF-{d(6)}", f"Az. {d(3)}/{rng.randint(23, 26)}", f"V{d(7)}", f"RMA-{d(6)}", f"WK-{d(5)}"]) if de else rng.choice([f"REF-{d(6)}", f"RMA-{d(6)}", f"Case {d(8)}", f"WC-{d(5)}"])
    if kind == "plate":
        return rng.choice([f"M-{rng.choice(['AB', 'KX', 'TR'])} {rng.randint(10, 9999)}", f"HH-{rng.choice(['LM', 'Q', 'ZE'])} {rng.randint(10, 999)}", f"W-{rng.randint(1000, 99999)}{rng.choice(['A', 'B', 'X'])}", f"ZH {rng.randint(1000, 999999)}"]) if de else rng.choice([f"{rng.choice(['AB', 'KX', 'LT'])}{rng.randint(10, 73)} {rng.choice(['XYZ', 'ABD', 'RTE'])}", f"{d(3)}-{rng.choice(['ABC', 'XKL'])}"])
    if kind == "emoji":
        return rng.choice(["🙂", "😊", "👍", "🙏", "😅", "😡", "🎉", "📦", "😩", "❤️", "👋", "🤞"])
    if kind == "brand":
        return rng.choice(D.BRANDS)
    if kind == "pname":
        return rng.choice(D.NAME_PRODUCTS)
    if kind == "pplace":
        return rng.choice(D.PLACE_PRODUCTS)
    if kind == "pstreet":
        return rng.choice(D.STREET_PRODUCTS)
    if kind == "co":
        return rng.choice(D.COMPANIES[lang])
    if kind == "shop":
        return rng.choice(D.SHOPS[lang])
    if kind == "town":
        return rng.choice([t for _, t in D.DE_TOWNS[:30]] + [t for _, t in D.AT_TOWNS[:8]] + [t for _, t in D.CH_TOWNS[:8]]) if de else rng.choice([t for t, _, _ in D.GB_TOWNS] + [t for t, _, _ in D.US_TOWNS[:15]])
    if kind == "kind":
        return rng.choice(["Regenjacke", "Rucksack", "Merino-Shirt", "Daunenjacke", "Trailschuh", "Fleecejacke", "Wandersocken", "Kaffeemühle", "Stehleuchte",
                           "Bettwäsche", "Gartenschere", "Katzenkratzbaum", "Fahrradhelm", "Füllfederhalter", "Espressokanne", "Wolldecke"]) if de else rng.choice(
            ["rain jacket", "backpack", "merino shirt", "down jacket", "trail shoe", "fleece", "hiking socks", "coffee grinder", "floor lamp", "duvet cover",
             "pruning shears", "cat tree", "bike helmet", "fountain pen", "moka pot", "wool blanket"])
    if kind == "colour":
        return rng.choice(["Schwarz", "Tannengrün", "Sand", "Nachtblau", "Rost", "Grau meliert", "Offwhite", "Bordeaux"] if de else ["black", "forest green", "sand", "navy", "rust", "grey marl", "off-white", "burgundy"])
    raise KeyError(kind)


def company_domain(name):
    s = name.lower()
    for w in (" gmbh & co. kg", " gmbh", " ag", " e.k.", " kg", " ohg", " e.v.", " partgmbb", " ltd", " llc", " llp", " inc.", " co.", " group", " onlineshop", " versand"):
        s = s.replace(w, "")
    s = ascii_fold(s).lower()
    s = s.replace("&", "and").replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


# ---------------------------------------------------------------- rendering context

SLOT_RE = re.compile(r"\{(@?[a-z][a-z0-9_]*)(?:\.([a-z][a-z0-9]*))?(?::([^{}]*))?\}")
ALT_RE = re.compile(r"⟦([^⟦⟧]*)⟧")
GLOBAL_NAMES = {"shop", "sdom", "smail", "url", "hot", "fax"}


def base_kind(name):
    m = re.match(r"^([a-z]+?)(\d*)(_\d+)?$", name)
    if not m:
        raise KeyError(name)
    return m.group(1)


def name_rest(name):
    """The row suffix of a slot name ("co_3" -> "_3"), empty outside rows."""
    m = re.search(r"_\d+$", name)
    return m.group(0) if m else ""


TOWNS_BY_COUNTRY = {
    "DE": [t for _, t in D.DE_TOWNS], "AT": [t for _, t in D.AT_TOWNS], "CH": [t for _, t in D.CH_TOWNS],
    "GB": [t for t, _, _ in D.GB_TOWNS], "US": [t for t, _, _ in D.US_TOWNS], "IE": sorted({t for t, _ in D.IE_TOWNS}),
    "FR": [t for _, t in D.FR_TOWNS], "NL": [t for t, _, _ in D.NL_TOWNS],
}


class Ctx:
    def __init__(self, rng, lang, split, mod, genre, country=None, noisy=False):
        self.rng = rng
        self.lang = lang
        self.split = split
        self.mod = mod
        self.genre = genre
        self.country = country or wchoice(rng, mod.COUNTRIES)
        self.noisy = noisy
        self.objs = {}
        self.vals = {}
        self.pieces = []  # (text, label, meta, literal)

    # values shared by name within one record
    def value(self, name):
        if name not in self.vals:
            rng = self.rng
            kind = base_kind(name)
            if kind == "shop":
                v = lookalike("shop", rng, self.lang)
            elif kind == "sdom":
                v = company_domain(self.value("shop")) + rng.choice([".de", ".de", ".com", ".eu"] if self.lang == "de" else [".co.uk", ".com", ".com", ".io"])
            elif kind == "codom":
                v = company_domain(self.value("co" + name_rest(name))) + {"DE": ".de", "AT": ".at", "CH": ".ch", "GB": ".co.uk", "US": ".com", "IE": ".ie", "FR": ".fr", "NL": ".nl"}[self.country]
            elif kind == "url":
                v = rng.choice(["www.", "https://www.", "", "www."]) + self.value("sdom")
            elif kind == "co":
                v = lookalike("co", rng, self.lang)
            elif kind == "town":
                v = rng.choice(TOWNS_BY_COUNTRY[self.country])
            else:
                v = lookalike(kind, rng, self.lang)
            self.vals[name] = v
        return self.vals[name]

    def obj(self, name, opt):
        if name not in self.objs:
            kind = base_kind(name)
            if kind in ("p", "r"):
                self.objs[name] = Person(self)
                self.objs[name].rest = name_rest(name)
            elif kind in ("a", "ra"):
                self.objs[name] = Address(self, opt or None)
            else:
                raise KeyError(name)
        return self.objs[name]

    def slot(self, name, attr, opt):
        rng = self.rng
        if name.startswith("@"):
            return None
        kind = base_kind(name)
        if kind in ("p", "r"):
            o = self.obj(name, None)
            return [(t, lab, o) for t, lab in o.render(attr, opt)]
        if kind in ("a", "ra"):
            return [(t, lab, None) for t, lab in self.obj(name, opt).render(attr, opt)]
        if kind in ("t", "rt", "m", "rm", "o", "ro", "hot", "fax"):
            if name not in self.vals:
                c = opt or self.country
                k = {"t": "any", "rt": "any", "m": "mobile", "rm": "mobile", "o": "office", "ro": "office", "hot": "hotline", "fax": "landline"}[kind]
                self.vals[name] = phone(rng, c, k)
            return [(self.vals[name], "PHONE", None)]
        if kind == "tick":
            if not hasattr(self, "_clock"):
                self._clock = rng.randint(7 * 60, 20 * 60)
            else:
                self._clock += rng.choice([0, 1, 1, 2, 3, 5])
            h, mi = divmod(self._clock % (24 * 60), 60)
            fmt = self.vals.setdefault("_tickfmt", rng.choice(["{h:02d}:{mi:02d}", "{h}:{mi:02d}"]))
            return [(fmt.format(h=h, mi=mi), None, None)]
        if kind in ("iban", "riban"):
            if name not in self.vals:
                c = opt or (self.country if self.country in ("DE", "AT", "CH", "NL", "GB", "IE", "FR") else rng.choice(["DE", "GB", "NL", "FR"]))
                self.vals[name] = iban(rng, c)
            return [(self.vals[name], "IBAN", None)]
        if kind in ("cc", "rcc"):
            if name not in self.vals:
                self.vals[name] = c_credit_card(rng)
            return [(self.vals[name], "CREDIT_CARD", None)]
        if kind in ("ip", "rip", "ipv", "ipsix"):
            if name not in self.vals:
                self.vals[name] = ipv4(rng) if kind == "ipv" else (ipv6(rng) if kind == "ipsix" else ip(rng))
            return [(self.vals[name], "IP_ADDRESS", None)]
        if kind in ("tax", "rtax"):
            if name not in self.vals:
                self.vals[name] = c_de_tax_id(rng)
                assert tax_valid(self.vals[name])
            return [(self.vals[name], "DE_TAX_ID", None)]
        if kind in ("cmail", "smail"):
            if name not in self.vals:
                role = rng.choice(self.mod.ROLE_MAILBOXES)
                self.vals[name] = f"{role}@{self.value('codom' + name_rest(name) if kind == 'cmail' else 'sdom')}"
            return [(self.vals[name], "EMAIL", None)]
        return [(self.value(name), None, None)]

    # ---- template rendering
    def alternatives(self, template):
        while True:
            m = ALT_RE.search(template)
            if not m:
                return template
            template = template[: m.start()] + self.rng.choice(m.group(1).split("|")) + template[m.end():]

    def tpl(self, template, suffix=None):
        template = self.alternatives(template)
        pos = 0
        for m in SLOT_RE.finditer(template):
            if m.start() > pos:
                self.pieces.append((template[pos: m.start()], None, None, True))
            name, attr, opt = m.group(1), m.group(2), m.group(3)
            if name.startswith("@"):
                phrase = self.rng.choice(cut(self.mod.PHRASES[name[1:]], self.split))
                self.tpl(phrase, suffix)
            else:
                if suffix is not None and not name[-1].isdigit() and name not in GLOBAL_NAMES:
                    name = f"{name}_{suffix}"
                for t, lab, meta in self.slot(name, attr, opt):
                    if t:
                        self.pieces.append((t, lab, meta, False))
            pos = m.end()
        if pos < len(template):
            self.pieces.append((template[pos:], None, None, True))

    def run(self, unit):
        if isinstance(unit, str):
            self.tpl(unit)
        else:
            unit(self)

    def finish(self):
        pieces = list(self.pieces)
        if self.noisy and self.rng.random() < 0.35:
            cands = [i for i, p in enumerate(pieces) if p[3] and re.search(r"[A-Za-zäöüß]{6,}", p[0])]
            if cands:
                i = self.rng.choice(cands)
                words = list(re.finditer(r"[A-Za-zäöüß]{6,}", pieces[i][0]))
                w = self.rng.choice(words)
                s = w.group(0)
                j = self.rng.randint(1, len(s) - 3)
                s2 = s[:j] + s[j + 1] + s[j] + s[j + 2:]
                txt = pieces[i][0][: w.start()] + s2 + pieces[i][0][w.end():]
                pieces[i] = (txt, None, None, True)
        text_parts, ents, metas = [], [], []
        pos = 0
        for t, lab, meta, _lit in pieces:
            if lab:
                ents.append({"type": lab, "start": pos, "end": pos + len(t), "value": t})
                metas.append(meta)
            text_parts.append(t)
            pos += len(t)
        return "".join(text_parts), ents, metas


class Rows:
    """A header/intro, n rows rendered from one row template (each row with its own people and
    values), and an outro. Row values are named `<name>_<i>` (1-based), so the outro can refer to
    `{r_1.first}`."""

    def __init__(self, intro, row, outro="", n=(3, 6), joiner="\n", numbered=None):
        self.intro, self.row, self.outro, self.n, self.joiner, self.numbered = intro, row, outro, n, joiner, numbered

    def __call__(self, ctx):
        if self.intro:
            ctx.tpl(self.intro)
        n = ctx.rng.randint(*self.n)
        for i in range(1, n + 1):
            if i > 1:
                ctx.pieces.append((self.joiner, None, None, True))
            if self.numbered:
                ctx.pieces.append((self.numbered.format(i=i), None, None, True))
            ctx.tpl(self.row, suffix=i)
        if self.outro:
            ctx.tpl(self.outro)


class Fixed:
    """A template rendered with a fixed country for addresses and phones."""

    def __init__(self, template, country):
        self.template, self.country = template, country

    def __call__(self, ctx):
        ctx.country = self.country
        ctx.run(self.template)


# ---------------------------------------------------------------- consistency scanner

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IBAN_RE = re.compile(r"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){3,7}(?: ?[A-Za-z0-9]{1,3})?\b")
DIGITRUN_RE = re.compile(r"(?<![\d])\d(?:[ -]?\d){11,20}(?![\d])")
TAX_RE = re.compile(r"(?<![\d])(?:\d{11}|\d{2} \d{3} \d{3} \d{3})(?![\d])")
IP4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)")
IP6_RE = re.compile(r"(?<![\w:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])")
PHONE_RE = re.compile(r"(?<![\w+])(?:\+|00)(?:49|43|41|44|1|353|33|31)[\s(-]")


def scan(text, ents):
    problems = []
    last_end = -1
    for e in ents:
        if text[e["start"]: e["end"]] != e["value"]:
            problems.append(f"span mismatch {e}")
        if e["value"] != e["value"].strip() or not e["value"]:
            problems.append(f"whitespace {e}")
        if e["start"] < last_end:
            problems.append(f"overlap {e}")
        last_end = e["end"]
        v = e["value"]
        if e["type"] == "IBAN" and not iban_valid(v.upper()):
            problems.append(f"bad iban {v}")
        if e["type"] == "CREDIT_CARD" and not luhn_valid(re.sub(r"\D", "", v)):
            problems.append(f"bad card {v}")
        if e["type"] == "DE_TAX_ID" and not tax_valid(v):
            problems.append(f"bad tax {v}")
    for a, b in zip(ents, ents[1:]):
        if a["type"] == b["type"] == "PERSON" and text[a["end"]: b["start"]] in (" ", ""):
            problems.append(f"adjacent persons {a['value']}|{b['value']}")
        if a["end"] == b["start"]:
            problems.append(f"touching {a['value']}|{b['value']}")
    masked = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            masked[i] = "\u2588"
    m = "".join(masked)
    for x in EMAIL_RE.finditer(m):
        problems.append(f"unlabelled email {x.group(0)}")
    for x in IBAN_RE.finditer(m):
        if iban_valid(x.group(0).upper()):
            problems.append(f"unlabelled iban {x.group(0)}")
    for x in DIGITRUN_RE.finditer(m):
        raw = re.sub(r"\D", "", x.group(0))
        for i in range(len(raw)):
            for j in range(i + 13, min(len(raw), i + 19) + 1):
                if card_like(raw[i:j]) and (i == 0 and j == len(raw)):
                    problems.append(f"unlabelled card {x.group(0)}")
    for x in TAX_RE.finditer(m):
        if tax_valid(x.group(0)):
            problems.append(f"unlabelled tax id {x.group(0)}")
    for x in IP4_RE.finditer(m):
        if all(int(g) <= 255 for g in x.groups()):
            problems.append(f"unlabelled ipv4 {x.group(0)}")
    for x in IP6_RE.finditer(m):
        s = x.group(0)
        if "::" in s or s.count(":") == 7:
            problems.append(f"unlabelled ipv6 {s}")
    for x in PHONE_RE.finditer(m):
        problems.append(f"unlabelled phone {m[x.start(): x.start() + 20]!r}")
    if "⟦" in text or "⟧" in text or SLOT_RE.search(text):
        problems.append("unrendered template")
    return problems


# ---------------------------------------------------------------- building one split


def allocate(total, n):
    base, rem = divmod(total, n)
    return [base + (1 if i < rem else 0) for i in range(n)]


# The genres of both languages: (genre, the language module's template list, options).
PII_GENRES = [
    ("crm_note", "CRM_NOTE", {"noisy": True}),
    ("support_email", "SUPPORT_EMAIL", {"noisy": True}),
    ("support_reply", "SUPPORT_REPLY", {}),
    ("lead_list", "LEAD_LIST", {}),
    ("testimonial", "TESTIMONIAL", {"noisy": True}),
    ("email_signature", "EMAIL_SIGNATURE", {}),
    ("chat_log", "CHAT_LOG", {"noisy": True}),
    ("call_note", "CALL_NOTE", {"noisy": True}),
    ("returns_form", "RETURNS_FORM", {}),
    ("courier_note", "COURIER_NOTE", {"noisy": True}),
    ("b2b_enquiry", "B2B_ENQUIRY", {}),
    ("guest_list", "GUEST_LIST", {}),
    ("recruiting_note", "RECRUITING_NOTE", {"noisy": True}),
    ("warranty_claim", "WARRANTY_CLAIM", {}),
    ("outreach_list", "OUTREACH_LIST", {}),
    ("shift_handover", "SHIFT_HANDOVER", {"noisy": True}),
    ("forwarded_header", "FORWARDED_HEADER", {}),
    ("meeting_minutes", "MEETING_MINUTES", {}),
    ("team_chat", "TEAM_CHAT", {"noisy": True}),
    ("voicemail", "VOICEMAIL", {}),
    ("unsubscribe_complaint", "UNSUBSCRIBE", {"noisy": True}),
    ("marketplace_message", "MARKETPLACE", {"noisy": True}),
    ("ocr_form", "OCR_FORM", {}),
    ("crm_export", "CRM_EXPORT", {}),
    ("gdpr_request", "GDPR_REQUEST", {}),
    ("payroll_onboarding", "PAYROLL", {}),
    ("fraud_review", "FRAUD_REVIEW", {}),
    ("phone_order", "PHONE_ORDER", {"noisy": True}),
    ("sms_reminder", "SMS_REMINDER", {}),
    ("invoice_correction", "INVOICE_CORRECTION", {}),
]
CLEAN_GENRES = [
    ("marketing_copy", "MARKETING", {}),
    ("product_description", "PRODUCT_DESC", {}),
    ("shipping_faq", "SHIPPING_FAQ", {}),
    ("order_confirmation", "ORDER_CONFIRMATION", {}),
    ("store_hours", "STORE_HOURS", {}),
    ("size_chart", "SIZE_CHART", {}),
    ("release_notes", "RELEASE_NOTES", {}),
    ("stock_report", "STOCK_REPORT", {}),
]


def genres(mod, table):
    """The genre table with the language module's template lists."""
    return [(genre, getattr(mod, name), opts) for genre, name, opts in table]


def build_lang(split, lang, seed, mod, n_pii=400, n_clean=100):
    rng = random.Random(seed)
    out = []
    for group, total, expect in ((genres(mod, PII_GENRES), n_pii, True), (genres(mod, CLEAN_GENRES), n_clean, False)):
        assert len(group) >= (24 if expect else 6), (lang, len(group))
        counts = allocate(total, len(group))
        for (genre, units, opts), count in zip(group, counts):
            half = cut(units, split)
            for k in range(count):
                unit = half[k % len(half)]
                for _attempt in range(60):
                    ctx = Ctx(rng, lang, split, mod, genre, country=opts.get("country"), noisy=opts.get("noisy", False))
                    ctx.run(unit)
                    text, ents, metas = ctx.finish()
                    problems = scan(text, ents)
                    if expect and not ents:
                        problems.append("no entity in a personal-data text")
                    if not expect and ents:
                        problems.append("entity in a clean text")
                    if not problems:
                        break
                else:
                    raise SystemExit(f"{split} {lang} {genre}: cannot render cleanly: {problems}\n{text}")
                spans = [bool(m is not None and m.invented) for m, e in zip(metas, ents) if e["type"] == "PERSON"]
                people = [o.invented for _, o in sorted(ctx.objs.items()) if isinstance(o, Person) and any(m is o for m in metas)]
                out.append(({"text": text, "lang": lang, "genre": genre, "entities": ents}, (spans, people)))
    rng.shuffle(out)
    recs, inv = [], []
    for i, (r, invented) in enumerate(out, 1):
        recs.append({"id": f"pii-{split}9-{lang}-{i:04d}", "text": r["text"], "lang": r["lang"], "genre": r["genre"], "entities": r["entities"]})
        inv.append(invented)
    return recs, inv
