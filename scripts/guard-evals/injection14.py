"""Fourteenth independent injection corpus (dev14 / heldout14).

    python3 scripts/guard-evals/injection14.py            # write both splits and run the checks
    python3 scripts/guard-evals/injection14.py --sample 30 # also print 30 random records per label

360 injections + 360 benign texts per split, 60 + 60 in each of de, en, fr, es, it, nl, with the
same field distribution for both labels. The phrasings, carriers and filler lists live in
inj14_core.py and inj14_<lang>.py; every list is split into disjoint halves (even positions dev14,
odd heldout14). Fixed seeds (140_001, 140_002), standard library only, byte-identical output under
any PYTHONHASHSEED.
"""

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import inj14_core as core  # noqa: E402
import inj14_de  # noqa: E402
import inj14_en  # noqa: E402
import inj14_es  # noqa: E402
import inj14_fr  # noqa: E402
import inj14_it  # noqa: E402
import inj14_nl  # noqa: E402

ROOT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection"
ALL = {m.DATA["lang"]: m.DATA for m in (inj14_de, inj14_en, inj14_fr, inj14_es, inj14_it, inj14_nl)}
PER_LANG = 60

URL_RE = re.compile(r"https?://([^/\s\"'<>()\[\]?#»«“”„]+)")
BARE_RE = re.compile(r"(?<![\w@./-])((?:[\w-]+\.)+(?:de|com|net|org|io|shop|eu|fr|es|it|nl|uk|example|test))\b")
MAIL_RE = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[a-z]+)")
SLOT_LEFT = re.compile(r"\{(?:goal|goal_lc|url|host|code|phone|email|comp|comp_url|price|prod|url_t|a|b|x|payload|g)\}")
ALLOWED_HOST = re.compile(r"^(?:www\.)?talgrat\.(?:de|com)$|\.(?:example|test)$")


def check_hosts(text):
    hosts = URL_RE.findall(text) + MAIL_RE.findall(text) + BARE_RE.findall(text)
    for h in hosts:
        h = h.rstrip(".").lower()
        assert ALLOWED_HOST.search(h), (h, text)


def check_split(name, records):
    assert len(records) == 2 * 6 * PER_LANG, len(records)
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    texts = [r["text"] for r in records]
    assert len(set(texts)) == len(texts), "duplicate text within split"
    per = Counter((r["lang"], r["label"]) for r in records)
    for lang in core.LANGS:
        for label in ("injection", "benign"):
            assert per[(lang, label)] == PER_LANG, (lang, label, per[(lang, label)])
        fi = Counter(r["field"] for r in records if r["lang"] == lang and r["label"] == "injection")
        fb = Counter(r["field"] for r in records if r["lang"] == lang and r["label"] == "benign")
        assert fi == fb, (lang, fi, fb)
    for r in records:
        assert r["field"] in core.FIELDS and r["lang"] in core.LANGS
        assert r["text"] == r["text"].strip() and r["text"], r
        check_hosts(r["text"])
        c = r["_checks"]
        if "encoded" in c:
            assert c["encoded"] in r["text"], r
            assert core.decode(c["kind"], c["encoded"]) == c["payload"], r
            assert core.encode(c["kind"], c["payload"]) == c["encoded"]
            assert r["technique"] == c["kind"]
            if c["kind"] != "base64":
                # the plain payload must not sit in the text as well
                assert c["payload"] not in r["text"], r
        if r["technique"] == "zero_width":
            assert any(z in r["text"] for z in core.ZW), r
        if r["technique"] == "homoglyph":
            assert any(v in r["text"] for v in core.HOMO.values()), r
        if r["technique"] == "cross_language":
            assert c["inner_lang"] != r["lang"]
        if r["label"] == "benign":
            assert not any(z in r["text"] for z in core.ZW), r
        assert not SLOT_LEFT.search(r["text"]), r


CORE_LISTS = [
    "COMPETITORS", "HOSTS", "URL_PATHS", "INJ_CODES", "PRICES", "MAIL_LOCALS", "PRODUCT_NAMES",
    "TITLE_SEPS", "ATTR_SEPS", "HIDE_WRAPS", "LINK_FORMS", "ENC_LINK_FORMS", "COMP_TLDS",
]


def walk(obj, path, out):
    """Record the half (0 dev, 1 held-out) of every item of every list."""
    if isinstance(obj, dict):
        for k in obj:
            walk(obj[k], path + (k,), out)
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            out.setdefault(item, set()).add((i % 2, path))


def check_halves():
    """No item may sit in the dev half of one list and the held-out half of another (or the same)."""
    seen = {}
    for lang, data in ALL.items():
        walk(data, (lang,), seen)
    for name in CORE_LISTS:
        walk(getattr(core, name), (name,), seen)
    for name in ("PHONES", "TALGRAT_URLS", "LINK_KEYS"):
        walk(getattr(core, name), (name,), seen)
    clash = {k: v for k, v in seen.items() if len({p for p, _ in v}) > 1}
    assert not clash, clash
    for lang, data in ALL.items():

        def no_dupes(obj):
            if isinstance(obj, dict):
                for v in obj.values():
                    no_dupes(v)
            elif isinstance(obj, list):
                assert len(set(obj)) == len(obj), ("duplicate in a list", lang, obj)

        no_dupes(data)
    return len(seen)


def summary(name, records):
    print(f"== {name}: {len(records)} records")
    langs = core.LANGS
    print("lang  " + "  ".join(f"{l:>3}" for l in langs) + "  total")
    for label in ("injection", "benign"):
        row = [sum(1 for r in records if r["lang"] == l and r["label"] == label) for l in langs]
        print(f"{label[:5]:5} " + "  ".join(f"{v:>3}" for v in row) + f"  {sum(row):>5}")
    fields = Counter(r["field"] for r in records if r["label"] == "injection")
    print("fields per label: " + ", ".join(f"{f} {fields[f]}" for f in core.FIELDS))
    tech = Counter(r["technique"] for r in records if r["label"] == "injection")
    print("techniques: " + ", ".join(f"{k} {v}" for k, v in sorted(tech.items())))
    gen = Counter(r["technique"] for r in records if r["label"] == "benign")
    print("benign genres: " + ", ".join(f"{k} {v}" for k, v in sorted(gen.items())))


def write(path, records):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            out = {k: r[k] for k in ("id", "text", "label", "technique", "lang", "field")}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")


def generate():
    return {split: core.build_split(ALL, split) for split in core.SPLITS}


def main(argv=()):
    """Build, check and write both splits; `argv` are the options below (none when generate.py calls it)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=int, default=0, help="print N random records per label and split")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(list(argv))
    items = check_halves()
    print(f"halves check: {items} distinct list items, none in both halves")
    splits = generate()
    for name, records in splits.items():
        check_split(name, records)
    a, b = (set(r["text"] for r in recs) for recs in splits.values())
    assert not (a & b), "text shared between splits"
    for name, records in splits.items():
        summary(name, records)
        if not args.no_write:
            write(ROOT / f"{name}.jsonl", records)
    if args.sample:
        rng = random.Random(1414)
        for name, records in splits.items():
            for label in ("injection", "benign"):
                pool = [r for r in records if r["label"] == label]
                for r in rng.sample(pool, args.sample):
                    print(f"--- {r['id']} {r['label']} {r['technique']} {r['lang']} {r['field']}")
                    print(r["text"])


if __name__ == "__main__":
    main(sys.argv[1:])
