"""Dev half of the twenty-fifth PII bank: evals/guard/pii/dev25.jsonl (500 English + 500 German texts).

    python3 scripts/guard-evals/pii25_dev.py               # write the file
    python3 scripts/guard-evals/pii25_dev.py --check-only  # rebuild in memory, exit 1 if the file differs

Standard library only; seeds 250101 (en) and 250102 (de). Templates: pii25_dev_en.py, pii25_dev_de.py;
names: pii25_dev_names.py; values, renderer and self-checks: pii25_dev_core.py.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import pii25_dev_core as core  # noqa: E402
import pii25_dev_de as de  # noqa: E402
import pii25_dev_en as en  # noqa: E402

OUT = HERE.parent.parent / "evals" / "guard" / "pii" / "dev25.jsonl"
SEEDS = {"en": 250101, "de": 250102}
MODULES = {"en": en, "de": de}
PII_TEXTS, CLEAN_TEXTS = 400, 100
MAX_TRIES = 200


def plan(genres):
    """Number of texts per genre: prose genres with personal data get more than layouts."""
    pii = [(n, g) for n, g in genres.items() if g["pii"]]
    clean = [(n, g) for n, g in genres.items() if not g["pii"]]
    assert len(pii) == 30 and len(clean) == 10, (len(pii), len(clean))
    counts = {}
    prose = [n for n, g in pii if g["kind"] == "prose"]
    layout = [n for n, g in pii if g["kind"] == "layout"]
    per_prose = 15
    rest = PII_TEXTS - per_prose * len(prose)
    base, extra = divmod(rest, len(layout))
    for n in prose:
        counts[n] = per_prose
    for i, n in enumerate(layout):
        counts[n] = base + (1 if i < extra else 0)
    for n, _ in clean:
        counts[n] = CLEAN_TEXTS // len(clean)
    assert sum(counts.values()) == PII_TEXTS + CLEAN_TEXTS
    return counts


def build_lang(lang):
    world = core.World(lang, SEEDS[lang])
    ctx = core.Ctx(world)
    genres = MODULES[lang].GENRES
    counts = plan(genres)
    seen = {}
    records = []
    redraws = 0
    for name, g in genres.items():
        assert len(g["templates"]) >= 4, name
        for k in range(counts[name]):
            tpl = g["templates"][k % len(g["templates"])]
            for attempt in range(MAX_TRIES):
                ctx.reset()
                text, ents = core.render(tpl(ctx))
                bad = core.problems(text, ents, g["pii"])
                if not bad and text not in seen:
                    break
                redraws += 1
            else:
                raise SystemExit(f"{lang}/{name}/{tpl.__name__}: no valid rendering ({bad})")
            seen[text] = True
            records.append({"text": text, "lang": lang, "genre": name, "entities": ents})
    world.rng.shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": f"pii-dev25-{lang}-{i:04d}", **r})
    stats = {"redraws": redraws, "people": world.people_count, "invented": world.invented_count}
    return out, stats


def build():
    lines, stats = [], {}
    for lang in ("en", "de"):
        recs, st = build_lang(lang)
        stats[lang] = st
        lines.extend(json.dumps(r, ensure_ascii=False) for r in recs)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    check(data)
    return data, stats


def check(data):
    ids, texts = [], []
    per = {}
    for line in data.decode("utf-8").splitlines():
        r = json.loads(line)
        ids.append(r["id"])
        texts.append(r["text"])
        key = (r["lang"], bool(r["entities"]))
        per[key] = per.get(key, 0) + 1
    assert len(ids) == len(set(ids)) == 1000
    assert len(texts) == len(set(texts))
    assert per == {("en", True): 400, ("en", False): 100, ("de", True): 400, ("de", False): 100}, per


def main(argv=()):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true", help="rebuild in memory; exit 1 if the file differs")
    args = ap.parse_args(list(argv))
    data, stats = build()
    again, _ = build()
    if again != data:
        raise SystemExit("second in-process build differs")
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT} differs from the generator output", file=sys.stderr)
            return 1
        print(f"{OUT.name} up to date, sha256 {hashlib.sha256(data).hexdigest()}")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()}); {stats}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
