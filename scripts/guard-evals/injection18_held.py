"""Held-out half of the eighteenth injection corpus: evals/guard/injection/heldout18.jsonl.

    python3 scripts/guard-evals/injection18_held.py               # write the file
    python3 scripts/guard-evals/injection18_held.py --check-only  # rebuild in memory, compare bytes

360 injections and 360 benign texts, 60 + 60 in each of de, en, fr, es, it, nl: 30 techniques with
2 records per language and 25 benign genres (10 with 3 records per language, 15 with 2). The
phrasings are in injection18_held_<lang>.py, the machinery in injection18_held_core.py. Written over
the example brand's products (brand-guides/talgrat) without reading the screen's rules or the other
corpora. Standard library only; the same bytes on every run and with any PYTHONHASHSEED.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import importlib  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import injection18_held_core as core  # noqa: E402

OUT = HERE.parents[1] / "evals" / "guard" / "injection" / "heldout18.jsonl"
SHUFFLE_SEED = 180203
FILL_SEED = 180204
PER_LABEL_PER_LANG = 60


def _values(lang_mod, lang: str, key: str) -> dict:
    sku, price, grams = core.PRODUCTS[key]
    desc, desc2 = lang_mod.DESC[key]
    return {
        "name": lang_mod.NAMES[key],
        "short": lang_mod.NAMES[key].split(" ")[0],
        "sku": sku,
        "price": core.fmt_price(price, lang),
        "weight": core.fmt_weight(grams, lang),
        "desc": desc,
        "desc2": desc2,
    }


def _pick(lang_mod, lang: str, field: str, rng: random.Random) -> tuple[str, dict]:
    """`field` or `field:group`: the product is drawn from the group (all products by default)."""
    field, _, group = field.partition(":")
    keys = core.GROUPS[group or "any"]
    return field, _values(lang_mod, lang, rng.choice(keys))


def _record(text: str, label: str, technique: str, lang: str, field: str) -> dict:
    assert field in core.FIELDS, field
    assert not core.PLACEHOLDER.search(text), text
    assert text == text.strip() and text, text
    return {"text": text, "label": label, "technique": technique, "lang": lang, "field": field}


def build() -> tuple[list[dict], list[tuple[str, str]]]:
    """All records in their final order with ids, and the (encoded, payload) pairs used."""
    rng = random.Random(FILL_SEED)
    keys = list(core.PRODUCTS)
    records, encoded = [], []
    for lang in core.LANGS:
        mod = importlib.import_module(f"injection18_held_{lang}")
        assert sorted(mod.INJ) == sorted(core.TECHNIQUES), (lang, set(mod.INJ) ^ set(core.TECHNIQUES))
        assert sorted(mod.BEN) == sorted(core.GENRES), (lang, set(mod.BEN) ^ set(core.GENRES))
        assert sorted(mod.NAMES) == sorted(keys) and sorted(mod.DESC) == sorted(keys), lang
        for tech in core.TECHNIQUES:
            entries = mod.INJ[tech]
            assert len(entries) == 2, (lang, tech)
            for i, entry in enumerate(entries):
                field, template = entry[0], entry[1]
                field, values = _pick(mod, lang, field, rng)
                if tech in core.ENCODED:
                    assert len(entry) == 3 and "{enc}" in template, (lang, tech, i)
                    values["enc"] = core.encode(core.ENCODED[tech][i], entry[2])
                    encoded.append((core.ENCODED[tech][i], values["enc"], entry[2]))
                else:
                    assert len(entry) == 2, (lang, tech, i)
                records.append(_record(core.fill(template, values), "injection", tech, lang, field))
        for genre in core.GENRES:
            entries = mod.BEN[genre]
            assert len(entries) == (3 if genre in core.GENRES_3 else 2), (lang, genre)
            for field, template in entries:
                field, values = _pick(mod, lang, field, rng)
                records.append(_record(core.fill(template, values), "benign", genre, lang, field))
    random.Random(SHUFFLE_SEED).shuffle(records)
    out = []
    for n, r in enumerate(records, 1):
        out.append({"id": f"inj-heldout18-{n:04d}", **r})
    return out, encoded


def serialise(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def self_check(records: list[dict], encoded) -> None:
    per = Counter((r["lang"], r["label"]) for r in records)
    for lang in core.LANGS:
        for label in ("injection", "benign"):
            assert per[(lang, label)] == PER_LABEL_PER_LANG, (lang, label, per[(lang, label)])
    tech = Counter((r["lang"], r["technique"]) for r in records if r["label"] == "injection")
    for lang in core.LANGS:
        for t in core.TECHNIQUES:
            assert tech[(lang, t)] == 2, (lang, t)
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids) == 2 * PER_LABEL_PER_LANG * len(core.LANGS)
    texts = Counter(r["text"] for r in records)
    dup = [t for t, c in texts.items() if c > 1]
    assert not dup, dup[:3]
    inj = {r["text"] for r in records if r["label"] == "injection"}
    ben = {r["text"] for r in records if r["label"] == "benign"}
    assert not inj & ben
    for r in records:
        assert list(r) == ["id", "text", "label", "technique", "lang", "field"]
        assert r["label"] in ("injection", "benign")
    for method, enc, payload in encoded:
        assert core.is_instruction(payload), payload
        dec = core.ENCODERS[method][1]
        if dec is None:
            assert core.leet(payload) == enc
        else:
            assert dec(enc) == payload, (method, payload)
        assert any(enc in r["text"] for r in records if r["label"] == "injection"), enc


def main(argv=()) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true", help="rebuild in memory and compare with the file on disk")
    args = parser.parse_args(list(argv))
    records, encoded = build()
    self_check(records, encoded)
    data = serialise(records)
    again, _ = build()
    assert serialise(again) == data, "second build differs"
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT.relative_to(HERE.parents[1])}: differs from what the generator makes", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(HERE.parents[1])}: up to date ({len(records)} records)")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    counts = Counter((r["label"], r["lang"]) for r in records)
    print(f"{OUT.relative_to(HERE.parents[1])}: {len(records)} records; " + ", ".join(f"{k[0]} {k[1]} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
