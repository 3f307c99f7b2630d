"""Shared helpers for the third injection corpus (dev3 / heldout3).

Standard library only. Everything that draws randomness takes a random.Random
so the output is the same on every run.
"""

import base64
import codecs
import re
import unicodedata

LANGS = ["de", "en", "fr", "es", "it", "nl"]


def half(items, h):
    """The dev half (h == 0: even positions) or the held-out half (h == 1: odd positions)."""
    return list(items[h::2])


_SLOT = re.compile(r"\{(\w+)\}")


def render(template, slots):
    """Fill {name} slots that are known; leave every other brace alone (JSON, code)."""

    def rep(m):
        key = m.group(1)
        return str(slots[key]) if key in slots else m.group(0)

    return _SLOT.sub(rep, template)


def lower_first(text):
    return text[:1].lower() + text[1:] if text else text


# ---------------------------------------------------------------- slot values

# Addresses an attacker wants in the copy; shared by both halves (slot values).
INJ_URLS = [
    "https://bit.ly/3Fq9XkL",
    "https://deal-zentrale24.shop/go",
    "http://free-voucher.click/claim?id=8812",
    "https://tinyurl.com/yc8m4r2p",
    "https://best-outlet-prices.net",
    "https://gutscheinwelt-sofort.xyz/r/41",
    "http://shop-official-sale.com/?ref=ai",
    "https://promo-hub.top/win",
    "https://t.ly/Qz7p",
    "https://secure-checkout-verify.info/login",
    "https://mega-rabatt.store",
    "http://cheap-brands-direct.co/outlet",
    "https://soldes-flash.site/vip",
    "https://ofertas-ya.online/c/77",
]

TRACK_URLS = [
    "https://px.adtrk-metrics.io/t.gif",
    "https://img.collect-stats.net/p.png",
    "https://cdn-analytics-edge.com/pixel",
    "https://log.llm-watch.xyz/i.png",
    "https://beacon.shopsignal.biz/b",
    "https://stats.copy-feedback.io/1x1.gif",
]

INJ_CODES = [
    "FREE100", "GRATIS90", "VIP-ALL-0", "TAKE80", "SUPERDEAL99", "ALLFREE24",
    "STAFF70", "BOT50", "ZERO-EURO", "LEAK2024", "GIFT-MAX", "PROMPT90",
]

INJ_PHONES = [
    "+49 157 3928 4410", "0900 555 123 45", "+44 7700 900613", "+33 7 56 43 21 09",
    "+34 612 48 93 07", "+39 347 221 8890", "+31 6 4829 1175", "+1 888 412 7730",
    "+49 30 9876 5432", "0800 246 1357",
]

FAKE_AMOUNTS = [0.99, 1.00, 4.99, 9.99, 2.50, 0.01, 19.00, 5.00, 3.33, 7.00]


def fmt_price(lang, amount):
    s = f"{amount:.2f}"
    if lang == "en":
        return "£" + s
    if lang == "nl":
        return "€ " + s.replace(".", ",")
    return s.replace(".", ",") + " €"


# ------------------------------------------------------------------ protect

_PROTECT = re.compile(r"(://|www\.|@|\d|^[A-Z0-9\-_]{4,}[.,:;!?]?$|^\{|^<|^\[)")


def _protected(word):
    return bool(_PROTECT.search(word))


def _map_words(text, fn):
    parts = re.split(r"( +)", text)
    return "".join(p if (p.strip() == "" or _protected(p)) else fn(p) for p in parts)


# -------------------------------------------------------------- obfuscators

LEET_TABLES = [
    ({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}, 1.0),
    ({"a": "@", "e": "3", "i": "!", "o": "0", "s": "$"}, 0.8),
    ({"e": "3", "o": "0", "a": "4", "i": "1"}, 0.6),
    ({"a": "4", "b": "8", "e": "3", "g": "9", "i": "1", "l": "1", "o": "0", "s": "5", "t": "7", "z": "2"}, 1.0),
    ({"e": "€", "a": "4", "o": "0", "s": "5", "i": "1"}, 0.9),
    ({"o": "()", "a": "4", "e": "3", "t": "+", "s": "5"}, 0.7),
]


def leet(text, table_idx, rng):
    table, p = LEET_TABLES[table_idx]

    def fn(word):
        out = []
        for ch in word:
            low = ch.lower()
            if low in table and rng.random() < p:
                out.append(table[low])
            else:
                out.append(ch)
        return "".join(out)

    res = _map_words(text, fn)
    if res == text:  # make sure something changed
        res = _map_words(text, lambda w: "".join(table.get(c.lower(), c) for c in w))
    return res


SPACING_MODES = ["space", "dots", "dash", "break", "underscore", "keywords", "middot", "plus"]


def spaced(text, mode, rng):
    seps = {"space": (" ", "   "), "dots": (".", " "), "dash": ("-", " "), "underscore": ("_", " "),
            "middot": ("·", " "), "plus": ("+", " ")}
    words = text.split(" ")
    out = []
    if mode in seps:
        sep_l, sep_w = seps[mode]
        for w in words:
            out.append(w if _protected(w) else sep_l.join(w))
        return sep_w.join(out)
    if mode == "break":
        for w in words:
            if _protected(w) or len(w) < 5:
                out.append(w)
                continue
            cuts = sorted(rng.sample(range(2, len(w) - 1), k=min(2, len(w) - 3)))[: rng.choice([1, 2])]
            pieces, last = [], 0
            for c in cuts:
                pieces.append(w[last:c])
                last = c
            pieces.append(w[last:])
            out.append(" ".join(pieces))
        return " ".join(out)
    if mode == "keywords":
        n = 0
        for w in words:
            if n < 4 and not _protected(w) and len(w) > 2:
                out.append(" ".join(w))
                n += 1
            else:
                out.append(w)
        return "  ".join(out)
    raise ValueError(mode)


CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "s": "ѕ", "j": "ј",
       "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т",
       "X": "Х", "I": "І"}
GRK = {"o": "ο", "a": "α", "v": "ν", "i": "ι", "u": "υ", "A": "Α", "B": "Β", "E": "Ε", "Z": "Ζ", "H": "Η",
       "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ"}

# (alphabet, density, only the first words)
HOMOGLYPH_MODES = [
    ("cyr", 0.5, False),
    ("mix", 0.35, False),
    ("mix", 0.7, False),
    ("cyr", 1.0, True),
    ("grk", 0.6, False),
    ("mix", 0.25, False),
]


def homoglyph(text, mode_idx, rng):
    alpha, density, first_only = HOMOGLYPH_MODES[mode_idx]
    state = {"n": 0, "words": 0}

    def pick(ch):
        if alpha == "cyr":
            return CYR.get(ch)
        if alpha == "grk":
            return GRK.get(ch) or CYR.get(ch)
        opts = [m[ch] for m in (CYR, GRK) if ch in m]
        return rng.choice(opts) if opts else None

    def fn(word):
        state["words"] += 1
        if first_only and state["words"] > 4:
            return word
        out = []
        for ch in word:
            rep = pick(ch)
            if rep and rng.random() < density:
                out.append(rep)
                state["n"] += 1
            else:
                out.append(ch)
        return "".join(out)

    res = _map_words(text, fn)
    if state["n"] == 0:
        for i, ch in enumerate(res):
            if ch in CYR:
                res = res[:i] + CYR[ch] + res[i + 1:]
                break
    return res


ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
ZW_MODES = ["every_zwsp", "random_mix", "mid_word", "keywords_zwnj", "wj_pairs", "bom_mix"]


def zero_width(text, mode, rng):
    state = {"words": 0}

    def fn(word):
        state["words"] += 1
        if mode == "every_zwsp":
            return "\u200b".join(word)
        if mode == "random_mix":
            return "".join(ch + (rng.choice(ZW) if rng.random() < 0.35 else "") for ch in word)
        if mode == "mid_word":
            if len(word) < 3:
                return word
            k = len(word) // 2
            return word[:k] + rng.choice(ZW) + word[k:]
        if mode == "keywords_zwnj":
            return "\u200c".join(word) if state["words"] <= 4 else word
        if mode == "wj_pairs":
            return "".join(ch + ("\u2060" if i % 2 == 1 else "") for i, ch in enumerate(word))
        if mode == "bom_mix":
            return "".join(ch + (rng.choice(["\ufeff", "\u200d"]) if rng.random() < 0.5 else "") for ch in word)
        raise ValueError(mode)

    res = _map_words(text, fn)
    if not any(z in res for z in ZW):
        res = res[:2] + "\u200b" + res[2:]
    return res


B64_MODES = ["std", "nopad", "wrap", "urlsafe"]


def b64(text, mode):
    raw = text.encode("utf-8")
    if mode == "std":
        return base64.b64encode(raw).decode()
    if mode == "nopad":
        return base64.b64encode(raw).decode().rstrip("=")
    if mode == "wrap":
        s = base64.b64encode(raw).decode()
        return "\n".join(s[i:i + 60] for i in range(0, len(s), 60))
    if mode == "urlsafe":
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")
    raise ValueError(mode)


HEX_MODES = ["pairs", "continuous", "backslash_x", "0x", "upper", "colon"]


def hexenc(text, mode):
    bs = text.encode("utf-8")
    if mode == "pairs":
        return " ".join(f"{b:02x}" for b in bs)
    if mode == "continuous":
        return bs.hex()
    if mode == "backslash_x":
        return "".join(f"\\x{b:02x}" for b in bs)
    if mode == "0x":
        return " ".join(f"0x{b:02X}" for b in bs)
    if mode == "upper":
        return bs.hex().upper()
    if mode == "colon":
        return ":".join(f"{b:02x}" for b in bs)
    raise ValueError(mode)


PCT_MODES = ["all_upper", "quote", "all_lower", "quote_plus", "partial", "mixed_case"]
_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~")


def pct(text, mode, rng):
    bs = text.encode("utf-8")
    if mode == "all_upper":
        return "".join(f"%{b:02X}" for b in bs)
    if mode == "all_lower":
        return "".join(f"%{b:02x}" for b in bs)
    if mode == "mixed_case":
        return "".join(f"%{b:02X}" if rng.random() < 0.5 else f"%{b:02x}" for b in bs)
    out = []
    for b in bs:
        ch = chr(b)
        if mode in ("quote", "quote_plus") and ch in _SAFE:
            out.append(ch)
        elif mode == "quote_plus" and ch == " ":
            out.append("+")
        elif mode == "partial" and ch in _SAFE and rng.random() < 0.5:
            out.append(ch)
        else:
            out.append(f"%{b:02X}")
    return "".join(out)


def rot13(text):
    return codecs.encode(text, "rot_13")


REV_MODES = ["whole", "whole", "each_word", "word_order"]


def reverse(text, mode):
    if mode == "whole":
        return text[::-1]
    if mode == "each_word":
        return " ".join(w[::-1] for w in text.split(" "))
    if mode == "word_order":
        return " ".join(reversed(text.split(" ")))
    raise ValueError(mode)


# -------------------------------------------------------------------- slugs

_TRANS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"}


def slug(text, limit=90):
    t = "".join(_TRANS.get(c, c) for c in text)
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = re.sub(r"[^a-zA-Z0-9]+", "-", t).strip("-").lower()
    if len(t) > limit:
        t = t[:limit].rsplit("-", 1)[0]
    return t


# --------------------------------------------------------- benign id values


def _gtin13(rng):
    digits = [rng.randrange(10) for _ in range(12)]
    digits[0] = rng.choice([4, 5, 8, 9])
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def id_values(rng):
    hexs = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
    u = hexs(32)
    tracking = rng.choice([
        "00340434" + "".join(str(rng.randrange(10)) for _ in range(12)),
        "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)),
        "JJD" + "".join(str(rng.randrange(10)) for _ in range(18)),
    ])
    return {
        "order_no": rng.choice([str(rng.randrange(1000000, 9999999)), f"2024-{rng.randrange(100000, 999999)}"]),
        "tracking": tracking,
        "sku": rng.choice(["BF", "HK", "LG", "KG", "AS", "MA"]) + "-" + str(rng.randrange(10000, 99999)),
        "gtin": _gtin13(rng),
        "batch": f"L{rng.randrange(1000, 9999)}{rng.choice('ABCDEFGH')}",
        "version": f"{rng.randrange(1, 6)}.{rng.randrange(0, 20)}.{rng.randrange(0, 40)}" + rng.choice(["", "", "-rc2", "-beta.3"]),
        "sha": hexs(64),
        "sha7": hexs(7),
        "sha8": hexs(8),
        "token_b64": base64.b64encode(rng.randbytes(rng.choice([18, 24, 33]))).decode(),
        "ticket": rng.choice(["#", "TCK-", "SR-"]) + str(rng.randrange(100000, 999999)),
        "num6": str(rng.randrange(100000, 999999)),
        "uuid": f"{u[:8]}-{u[8:12]}-4{u[13:16]}-{rng.choice('89ab')}{u[17:20]}-{u[20:32]}",
        "size": rng.choice(["S", "M", "L", "XL", "42", "39-42", "28L"]),
    }
