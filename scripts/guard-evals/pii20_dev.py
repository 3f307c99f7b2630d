"""Twentieth PII bank, dev half: builds evals/guard/pii/dev20.jsonl.

    python3 scripts/guard-evals/pii20_dev.py               # write the file
    python3 scripts/guard-evals/pii20_dev.py --check-only  # rebuild in memory, exit 1 if it differs

Standard library only; seeds 200101 (en) and 200102 (de)."""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import json  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii20_dev_core as C  # noqa: E402
import pii20_dev_de as DE  # noqa: E402
import pii20_dev_en as EN  # noqa: E402
import pii20_dev_names as N  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "evals" / "guard" / "pii" / "dev20.jsonl"
SEEDS = {"en": 200101, "de": 200102}


def build():
    recs = []
    for lang, mod in (("en", EN), ("de", DE)):
        recs += C.build_lang(lang, SEEDS[lang], mod.PII_GENRES, mod.CLEAN_GENRES)
    return recs


def serialize(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def self_check(recs):
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)) == 1000
    assert len({r["text"] for r in recs}) == 1000
    for lang, mod in (("en", EN), ("de", DE)):
        rs = [r for r in recs if r["lang"] == lang]
        assert len(rs) == 500
        assert [r["id"] for r in rs] == [f"pii-dev20-{lang}-{i:04d}" for i in range(1, 501)]
        pii = Counter(r["genre"] for r in rs if r["entities"])
        clean = Counter(r["genre"] for r in rs if not r["entities"])
        assert sum(pii.values()) == 400 and len(pii) == 30 == len(mod.PII_GENRES), pii
        assert sum(clean.values()) == 100 and len(clean) == 10 == len(mod.CLEAN_GENRES), clean
        assert set(pii) == {g[0] for g in mod.PII_GENRES}
        for g in mod.PII_GENRES + mod.CLEAN_GENRES:
            assert len(g[2]) >= 4, g[0]
        for r in rs:
            err = C.check(r["text"], r["entities"], r["genre"] in pii)
            assert err is None, (r["id"], err)
    assert len(N.ORIGINS) >= 30


def main(argv=()):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true")
    args = ap.parse_args(list(argv))
    recs = build()
    self_check(recs)
    data = serialize(recs)
    if serialize(build()) != data:
        print("second build differs", file=sys.stderr)
        return 1
    if args.check_only:
        same = OUT.exists() and OUT.read_bytes() == data
        print("dev20.jsonl " + ("up to date" if same else "differs"))
        return 0 if same else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    for lang in ("en", "de"):
        c = Counter(e["type"] for r in recs if r["lang"] == lang for e in r["entities"])
        print(lang, dict(sorted(c.items())))
    print(f"wrote {OUT.relative_to(ROOT)} ({len(recs)} texts)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
