"""Write the dev half of the twenty-fourth injection corpus: evals/guard/injection/dev24.jsonl.

    python3 scripts/guard-evals/injection24_dev.py               # (re)write the file
    python3 scripts/guard-evals/injection24_dev.py --check-only  # compare, write nothing; exit 1 on a difference

360 injections + 360 benign texts, 60 + 60 in each of de, en, fr, es, it, nl; 30 techniques (two
records per language each) and 25 benign genres. Written without reading the screen's rules or
the other corpora; standard library only; one seeded shuffle (seed 240103).
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import importlib  # noqa: E402
import sys as _sys  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "evals" / "guard" / "injection" / "dev24.jsonl"


def _modules():
    if str(HERE) not in _sys.path:
        _sys.path.insert(0, str(HERE))
    core = importlib.import_module("injection24_dev_core")
    langs = {lang: importlib.import_module(f"injection24_dev_{lang}") for lang in core.LANGS}
    return core, langs


def make_bytes():
    core, langs = _modules()
    return core.serialise(core.build(langs))


def main(argv=()):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true",
                        help="compare the committed file byte for byte with a fresh build; write nothing")
    args = parser.parse_args(list(argv))
    data = make_bytes()
    assert make_bytes() == data, "a second in-process build differs"
    if args.check_only:
        try:
            current = OUT.read_bytes()
        except FileNotFoundError:
            print(f"{OUT}: missing", file=_sys.stderr)
            return 1
        if current != data:
            print(f"{OUT}: differs from what the generator makes", file=_sys.stderr)
            return 1
        print(f"{OUT}: up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    lines = data.count(b"\n")
    print(f"wrote {OUT} ({len(data)} bytes, {lines} records)")
    return 0


if __name__ == "__main__":
    _sys.exit(main(_sys.argv[1:]))
