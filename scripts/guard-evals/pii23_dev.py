"""Build the dev half of the twenty-third PII bank: evals/guard/pii/dev23.jsonl.

    python3 scripts/guard-evals/pii23_dev.py               # write the file
    python3 scripts/guard-evals/pii23_dev.py --check-only  # rebuild in memory, exit 1 if it differs

500 English then 500 German texts; per language 400 with personal data in 30 genres and 100
without in 10 genres. Standard library only, seeds 230101 (en) and 230102 (de).
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import pii23_dev_core as C  # noqa: E402
import pii23_dev_de as DE  # noqa: E402
import pii23_dev_en as EN  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "evals", "guard", "pii", "dev23.jsonl")
SEEDS = {"en": 230101, "de": 230102}
BANKS = {"en": EN, "de": DE}
PII_PER_LANG, CLEAN_PER_LANG = 400, 100
NO_INVENTED = ("prose_name",)  # names without a cue: list names only
MAX_TRIES = 400


def plan(bank):
    """(genre, has_pii) for every text of one language, in genre order."""
    prose, layout = list(bank.PROSE), list(bank.LAYOUT)
    assert len(prose) + len(layout) == 30 and len(bank.CLEAN) == 10
    counts = {g: 14 for g in prose}
    rest = PII_PER_LANG - 14 * len(prose)
    for i, g in enumerate(layout):
        counts[g] = rest // len(layout) + (1 if i < rest % len(layout) else 0)
    out = []
    for g in prose + layout:
        out += [(g, True)] * counts[g]
    for g in bank.CLEAN:
        out += [(g, False)] * (CLEAN_PER_LANG // len(bank.CLEAN))
    assert len(out) == PII_PER_LANG + CLEAN_PER_LANG
    return out


def build_lang(lang, seen):
    bank = BANKS[lang]
    rng = random.Random(SEEDS[lang])
    templates = {}
    for d in (bank.PROSE, bank.LAYOUT, bank.CLEAN):
        templates.update(d)
    slots = plan(bank)
    rng.shuffle(slots)
    cursor = {g: [] for g in templates}
    records = []
    for i, (genre, has_pii) in enumerate(slots, 1):
        for _ in range(MAX_TRIES):
            if not cursor[genre]:
                order = list(templates[genre])
                rng.shuffle(order)
                cursor[genre] = order
            tpl = cursor[genre][-1]
            text, ents, ctx = C.render(tpl, rng, lang, allow_invented=genre not in NO_INVENTED)
            if text in seen or C.check(text, ents, ctx, has_pii) is not None:
                continue
            cursor[genre].pop()
            seen.add(text)
            records.append({"id": f"pii-dev23-{lang}-{i:04d}", "text": text, "lang": lang, "genre": genre,
                            "entities": ents})
            break
        else:
            raise SystemExit(f"{lang} {genre}: no valid rendering after {MAX_TRIES} tries")
    return records


def build():
    seen = set()  # membership only, never iterated
    records = build_lang("en", seen) + build_lang("de", seen)
    final_checks(records)
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def final_checks(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == 1000
    assert [r["lang"] for r in records] == ["en"] * 500 + ["de"] * 500
    for lang in ("en", "de"):
        rs = [r for r in records if r["lang"] == lang]
        assert sum(1 for r in rs if r["entities"]) == PII_PER_LANG
        genres = {}
        for r in rs:
            genres[r["genre"]] = genres.get(r["genre"], 0) + 1
        bank = BANKS[lang]
        assert len(genres) == 40
        for g in bank.CLEAN:
            assert genres[g] == 10 and all(not r["entities"] for r in rs if r["genre"] == g)
        for r in rs:
            for e in r["entities"]:
                assert r["text"][e["start"]:e["end"]] == e["value"]


def main(argv=()):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true", help="rebuild in memory; exit 1 if the file differs")
    args = ap.parse_args(list(argv))
    data = build()
    if build() != data:
        print("second build differs", file=sys.stderr)
        return 1
    if args.check_only:
        try:
            with open(OUT, encoding="utf-8") as f:
                same = f.read() == data
        except FileNotFoundError:
            same = False
        print("dev23: " + ("up to date" if same else "DIFFERS from the generator"))
        return 0 if same else 1
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
