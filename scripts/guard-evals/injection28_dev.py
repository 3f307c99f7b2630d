"""Twenty-eighth injection corpus, dev half: writes evals/guard/injection/dev28.jsonl.

    python3 scripts/guard-evals/injection28_dev.py               # writes the file
    python3 scripts/guard-evals/injection28_dev.py --check-only  # rebuilds in memory, exit 1 on a difference

Standard library only. The only randomness is one seeded shuffle in injection28_dev_core.build.
"""

import argparse
import sys

sys.dont_write_bytecode = True

from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import injection28_dev_core as core  # noqa: E402
import injection28_dev_de  # noqa: E402
import injection28_dev_en  # noqa: E402
import injection28_dev_es  # noqa: E402
import injection28_dev_fr  # noqa: E402
import injection28_dev_it  # noqa: E402
import injection28_dev_nl  # noqa: E402

BANKS = {
    "de": injection28_dev_de,
    "en": injection28_dev_en,
    "fr": injection28_dev_fr,
    "es": injection28_dev_es,
    "it": injection28_dev_it,
    "nl": injection28_dev_nl,
}

OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / core.FILE_NAME


def render():
    first = core.serialise(core.build(BANKS))
    second = core.serialise(core.build(BANKS))
    if first != second:
        raise core.CheckError("two builds in one process differ")
    return first


def main(argv=()):
    parser = argparse.ArgumentParser(description="Write or check " + core.FILE_NAME)
    parser.add_argument("--check-only", action="store_true",
                        help="rebuild in memory and compare with the committed file; write nothing")
    args = parser.parse_args(list(argv))
    try:
        data = render()
    except core.CheckError as exc:
        print("self-check failed: %s" % exc, file=sys.stderr)
        return 1
    if args.check_only:
        try:
            current = OUT.read_bytes().decode("utf-8")
        except FileNotFoundError:
            print("%s is missing" % OUT, file=sys.stderr)
            return 1
        if current != data:
            print("%s differs from what the generator makes" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date (720 records)" % OUT.name)
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print("wrote %s (720 records)" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
