import sys; sys.dont_write_bytecode = True
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

"""Generate the tenth injection corpus: evals/guard/injection/dev10.jsonl and heldout10.jsonl.

Usage: python3 scripts/guard-evals/injection10.py [--quiet]
Standard library only; output is byte-identical on every run.
"""

import collections
import hashlib
import json

import inj10_core as core

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT_DIR = os.path.join(ROOT, "evals", "guard", "injection")


def write_jsonl(path, records):
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    with open(path, "wb") as fh:
        fh.write(data)
    return hashlib.sha256(data).hexdigest()


def report(split, records, digest):
    print("== %s: %d records  sha256 %s" % (split, len(records), digest))
    for key in ("label", "lang", "field"):
        c = collections.Counter(r[key] for r in records)
        print("  %-9s %s" % (key, ", ".join("%s=%d" % kv for kv in sorted(c.items()))))
    fl = collections.Counter((r["field"], r["label"]) for r in records)
    print("  field x label: " + ", ".join(
        "%s=%d/%d" % (f, fl[(f, "injection")], fl[(f, "benign")]) for f in core.FIELDS))
    for label in ("injection", "benign"):
        c = collections.Counter(r["technique"] for r in records if r["label"] == label)
        print("  %s techniques/genres (%d):" % (label, len(c)))
        items = sorted(c.items())
        for i in range(0, len(items), 4):
            print("    " + "  ".join("%-22s %3d" % kv for kv in items[i:i + 4]))


def main():
    quiet = "--quiet" in sys.argv[1:]
    mods = core.load_modules()
    core.validate(mods)
    os.makedirs(OUT_DIR, exist_ok=True)
    all_records = []
    results = []
    for split in core.SPLITS:
        recs = core.build_split(split, mods)
        all_records.extend(recs)
        results.append((split, recs))
    dups = core.check_unique(all_records)
    if dups:
        raise SystemExit("duplicate texts: %r" % dups[:10])
    for split, recs in results:
        digest = write_jsonl(os.path.join(OUT_DIR, split + ".jsonl"), recs)
        if not quiet:
            report(split, recs, digest)


if __name__ == "__main__":
    main()
