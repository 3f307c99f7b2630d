"""Generate the held-out half of the twenty-first injection corpus.

    python3 scripts/guard-evals/injection21_held.py               # writes evals/guard/injection/heldout21.jsonl
    python3 scripts/guard-evals/injection21_held.py --check-only  # compares with the committed file, exit 1 on a difference

360 injections + 360 benign texts, 60 + 60 in each of de, en, fr, es, it, nl; 30 techniques
(2 per language each) and 25 benign genres. Written without reading the screen's rules, the other
corpora or the dev half (injection21_dev*). Python 3.11, standard library only; one shuffle with
seed 210203; the output does not depend on PYTHONHASHSEED.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
import importlib  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import injection21_held_core as core  # noqa: E402

OUT = HERE.parents[1] / "evals" / "guard" / "injection" / "heldout21.jsonl"


def make_bytes():
    modules = {lang: importlib.import_module(f"injection21_held_{lang}") for lang in core.LANGS}
    return core.serialize(core.build(modules))


def main(argv=()):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true",
                    help="compare with the file on disk byte for byte; exit 1 on a difference")
    args = ap.parse_args(list(argv))
    data = make_bytes()
    again = make_bytes()
    if data != again:
        print("second in-process build differs", file=sys.stderr)
        return 1
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT} differs from what the generator makes", file=sys.stderr)
            return 1
        print(f"{OUT.name}: identical ({hashlib.sha256(data).hexdigest()})")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    n = data.count(b"\n")
    print(f"wrote {OUT} ({n} records, sha256 {hashlib.sha256(data).hexdigest()})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
