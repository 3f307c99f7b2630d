"""Write evals/guard/injection/dev21.jsonl, the dev half of the twenty-first injection corpus.

    python3 scripts/guard-evals/injection21_dev.py               # write the file
    python3 scripts/guard-evals/injection21_dev.py --check-only  # compare byte for byte, exit 1 on a difference

360 injections + 360 benign texts, 60 + 60 in each of de, en, fr, es, it, nl; 30 techniques with
two records per language each and 25 benign genres with two or three per language each. Seed
210103, standard library only; the same bytes under any PYTHONHASHSEED.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import importlib  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import injection21_dev_core as core  # noqa: E402

OUT = HERE.parents[1] / "evals" / "guard" / "injection" / "dev21.jsonl"


def render():
    modules = {lang: importlib.import_module("injection21_dev_" + lang) for lang in core.LANGS}
    return core.dumps(core.build(modules))


def main(argv=()):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true", help="compare with the committed file, write nothing")
    args = ap.parse_args(list(argv))
    data = render()
    if render() != data:  # a second in-process build must be byte-identical
        print("dev21: second build differs", file=sys.stderr)
        return 1
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("dev21: %s differs from what the generator makes" % OUT, file=sys.stderr)
            return 1
        print("dev21: %s is up to date (720 records)" % OUT)
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print("dev21: wrote %s (720 records)" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
