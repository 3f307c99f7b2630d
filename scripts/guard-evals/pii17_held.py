"""Held-out half of the seventeenth PII bank: 500 English + 500 German texts (400 each with personal
data, 100 without but with hard look-alikes), written without reading the recognizer or the other
banks. Standard library only; seeded and byte-for-byte reproducible.

    python3 scripts/guard-evals/pii17_held.py               # writes evals/guard/pii/heldout17.jsonl
    python3 scripts/guard-evals/pii17_held.py --check-only  # rebuilds in memory, compares with the file
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii17_held_core as C  # noqa: E402
import pii17_held_de as DE  # noqa: E402
import pii17_held_en as EN  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "evals" / "guard" / "pii" / "heldout17.jsonl"
SEEDS = {"en": 170201, "de": 170202}
PER_LANG = 500
WITH_PII = 400
INVENTED_RATE = 0.14  # of the persons p1…p9; q1…q9 (names in running prose) never carry invented names
MAX_TRIES = 400


def ordinary_words(module) -> set:
    """Lower-case words of the language's templates and of the shared distractors: a lower-case token
    equal to a person's name part is the ordinary word when it is one of these."""
    words = set()
    for path in (Path(module.__file__), Path(C.__file__)):
        for tok in re.findall(r"[^\W\d_]+", path.read_text(encoding="utf-8")):
            if tok == tok.lower():
                words.add(tok)
    return words


def render(c: C.Ctx, tpl):
    if callable(tpl):
        return C.assemble(tpl(c))
    if re.match(r"@[A-Z]{2}@", tpl):
        c.country, tpl = tpl[1:3], tpl[4:]
    return C.assemble(c.fill(tpl))


def build_lang(lang: str, stats: dict) -> list[dict]:
    mod = EN if lang == "en" else DE
    rng = random.Random(SEEDS[lang])
    words = ordinary_words(mod)
    plan = []
    for genres, total, has in ((list(mod.PII), WITH_PII, True), (list(mod.CLEAN), PER_LANG - WITH_PII, False)):
        order = list(genres)
        rng.shuffle(order)
        base, extra = divmod(total, len(order))
        for i, g in enumerate(order):
            plan += [(g, has)] * (base + (1 if i < extra else 0))
    queues: dict[str, list] = {}
    seen = set()
    made = []
    reasons = Counter()
    people = invented = 0
    for genre, has in plan:
        bank = (mod.PII if has else mod.CLEAN)[genre]
        if not queues.get(genre):
            queues[genre] = list(range(len(bank)))
            rng.shuffle(queues[genre])
        tpl = bank[queues[genre].pop()]
        for _ in range(MAX_TRIES):
            c = C.Ctx(rng, lang, INVENTED_RATE if has else 0.0)
            text, ents = render(c, tpl)
            reason = C.check_record(text, ents, has, words)
            if reason is None and text in seen:
                reason = "duplicate"
            if reason is None:
                break
            reasons[reason.split(" ")[0] + " " + reason.split(" ")[1] if " " in reason else reason] += 1
        else:
            raise SystemExit(f"{lang}/{genre}: no sound rendering in {MAX_TRIES} tries ({reason}): {tpl if isinstance(tpl, str) else tpl}")
        seen.add(text)
        for key in c.named:
            people += 1
            invented += c.people[key].invented
        made.append({"text": text, "lang": lang, "genre": genre, "entities": ents, "_pii": has})
    rng.shuffle(made)
    out = []
    for i, r in enumerate(made, 1):
        out.append({"id": f"pii-heldout17-{lang}-{i:04d}", "text": r["text"], "lang": lang, "genre": r["genre"], "entities": r["entities"]})
    stats[lang] = {"people": people, "invented": invented, "redraws": reasons, "plan": plan}
    return out


def build(stats: dict) -> list[dict]:
    C.AVOID.update(ordinary_words(EN) | ordinary_words(DE))
    records = build_lang("en", stats) + build_lang("de", stats)
    verify(records)
    return records


def verify(records: list[dict]):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == 2 * PER_LANG, "ids"
    texts = [r["text"] for r in records]
    assert len(texts) == len(set(texts)), "duplicate text"
    for lang, mod in (("en", EN), ("de", DE)):
        rs = [r for r in records if r["lang"] == lang]
        assert len(rs) == PER_LANG
        assert sum(1 for r in rs if r["entities"]) == WITH_PII, lang
        genres = {r["genre"] for r in rs}
        for g in list(mod.PII) + list(mod.CLEAN):
            assert g in genres, (lang, g)
        for r in rs:
            if r["genre"] in mod.CLEAN:
                assert not r["entities"], r["id"]
            else:
                assert r["entities"], r["id"]
            for e in r["entities"]:
                assert list(e) == ["type", "start", "end", "value"]
                assert r["text"][e["start"] : e["end"]] == e["value"]
                assert e["type"] in ("PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID")


def serialise(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def main(argv=()) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true", help="rebuild in memory and compare with the file on disk")
    args = parser.parse_args(list(argv))
    stats: dict = {}
    data = serialise(build(stats))
    again = serialise(build({}))
    if data != again:
        print("second in-process build differs", file=sys.stderr)
        return 1
    if args.check_only:
        on_disk = OUT.read_bytes() if OUT.exists() else b""
        if on_disk != data:
            print(f"{OUT.relative_to(ROOT)} differs from what the generator makes", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)} is up to date (sha256 {hashlib.sha256(data).hexdigest()})")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    records = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    for lang in ("en", "de"):
        ents = Counter(e["type"] for r in records if r["lang"] == lang for e in r["entities"])
        st = stats[lang]
        print(f"{lang}: {sum(1 for r in records if r['lang'] == lang)} texts; " + ", ".join(f"{k} {v}" for k, v in sorted(ents.items())))
        print(f"    named people {st['people']}, invented {st['invented']} ({100 * st['invented'] / max(1, st['people']):.1f} %); redraws {sum(st['redraws'].values())}: {dict(st['redraws'].most_common(6))}")
    print(f"wrote {OUT.relative_to(ROOT)} (sha256 {hashlib.sha256(data).hexdigest()})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
