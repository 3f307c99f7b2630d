"""Thirteenth injection corpus: writes evals/guard/injection/dev13.jsonl and heldout13.jsonl.

    python3 scripts/guard-evals/injection13.py          # from the repository root

Standard library only; the output is byte-identical on every run whatever PYTHONHASHSEED is.
Each split has 360 injections and 360 benign texts, 60 + 60 per language (de en fr es it nl),
with the same field distribution for both labels. Every phrase and template list is split into
alternating halves, one per split, so no sentence frame occurs in both splits; the self-checks
below verify that, the counts and the format before anything is written.
"""

import collections
import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import inj13_core as core  # noqa: E402

ROOT = HERE.parent.parent
OUT = ROOT / "evals" / "guard" / "injection"
MODS = {lang: importlib.import_module(f"inj13_{lang}") for lang in core.LANGS}

# every list of phrases or templates a split draws from, as (name, list)
LIST_ATTRS = ["FACTS", "REV_OPEN", "REV_CLOSE", "HEADINGS", "ANCHORS", "ATTR_KEYS", "ATTR_STD", "BRIEF_CTX",
              "BRIEF_DIRECT", "BRIEF_QUOTED", "FOREIGN", "OBF_PLAIN"]
CORE_LISTS = ["COMPETITORS", "EVIL_URLS", "EXFIL_BASES", "EVIL_CODES", "GOOD_CODES", "ATTACKER_MAILS", "DOCNAMES", "STARS", "EXTRA_FOREIGN"]
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
ALLOWED_HOSTS = {"www.talgrat.de", "talgrat.de", "talgrat.com", "www.talgrat.com"}
MAIL_RE = re.compile(r"[A-Za-z0-9._-]+@([A-Za-z0-9.-]+[A-Za-z])")
UNFILLED = re.compile(r"\{(?:[a-z_0-9]+)\}|\(\(|\x00")


def all_lists():
    out = []
    for lang, mod in MODS.items():
        for a in LIST_ATTRS:
            out.append((f"{lang}.{a}", getattr(mod, a)))
        for name, items in sorted(mod.TECH.items()):
            out.append((f"{lang}.TECH.{name}", items))
        for name, items in sorted(mod.GENRE.items()):
            out.append((f"{lang}.GENRE.{name}", items))
    for a in CORE_LISTS:
        out.append((f"core.{a}", getattr(core, a)))
    for code, items in sorted(core.CARRIERS.items()):
        out.append((f"core.CARRIERS.{code}", items))
    return out


def check_lists():
    """Every list has two halves, and no item of one split's halves occurs in the other's."""
    halves = {s: set() for s in core.SPLITS}
    for name, items in all_lists():
        assert len(items) >= 2, f"{name}: fewer than two items"
        for s in core.SPLITS:
            for it in core.half(items, s):
                halves[s].add(json.dumps(it, ensure_ascii=False) if not isinstance(it, str) else it)
    shared = halves["dev13"] & halves["heldout13"]
    # language-neutral single words (e.g. a docname used in two lists) would show up here
    assert not shared, f"items in both splits: {sorted(shared)[:5]}"
    for lang, mod in MODS.items():
        assert sorted(mod.TECH) == sorted(core.TECHNIQUES), (lang, set(mod.TECH) ^ set(core.TECHNIQUES))
        assert sorted(mod.GENRE) == sorted(core.GENRES), (lang, set(mod.GENRE) ^ set(core.GENRES))
        for name, items in mod.TECH.items():
            for t in items:
                codes, body = core.parse_template(t, core.TECHNIQUES[name][0])
                if name == "split_payload":
                    assert "||" in body, (lang, t)
                if name == "obfuscation":
                    assert "{enc}" in body, (lang, t)
                if name == "foreign_language":
                    assert "{foreign}" in body, (lang, t)
        for s in core.SPLITS:
            for name, rows in core.items_for(mod, "injection", s) + core.items_for(mod, "benign", s):
                assert rows, (lang, s, name)
    return len(halves["dev13"]), len(halves["heldout13"])


def check_split(split, recs):
    assert len(recs) == 720, (split, len(recs))
    ids = [r["id"] for r in recs]
    assert ids == [f"inj-{split}-{i:04d}" for i in range(1, 721)]
    by = collections.Counter((r["lang"], r["label"]) for r in recs)
    for lang in core.LANGS:
        for label in core.LABELS:
            assert by[(lang, label)] == 60, (split, lang, label, by[(lang, label)])
    fields = collections.Counter((r["lang"], r["label"], r["field"]) for r in recs)
    for lang in core.LANGS:
        for f in core.FIELD_ORDER:
            assert fields[(lang, "injection", f)] == fields[(lang, "benign", f)] == core.FIELD_QUOTA[f], (split, lang, f)
    tech = collections.Counter((r["lang"], r["technique"]) for r in recs if r["label"] == "injection")
    genre = collections.Counter((r["lang"], r["technique"]) for r in recs if r["label"] == "benign")
    for lang in core.LANGS:
        for t in core.TECHNIQUES:
            assert tech[(lang, t)] >= 1, (split, lang, t)
        for g in core.GENRES:
            assert genre[(lang, g)] >= 1, (split, lang, g)
    texts = [r["text"] for r in recs]
    dup = [t for t, n in collections.Counter(texts).items() if n > 1]
    assert not dup, (split, dup[:3])
    for r in recs:
        assert set(r) == {"id", "text", "label", "technique", "lang", "field"}, r
        assert r["label"] in core.LABELS and r["field"] in core.FIELD_ORDER and r["lang"] in core.LANGS
        assert r["technique"] in (core.TECHNIQUES if r["label"] == "injection" else core.GENRES), r
        assert r["text"] == r["text"].strip() and r["text"], r
        assert not UNFILLED.search(r["text"]), r["text"]
        for host in URL_RE.findall(r["text"]):
            host = host.rstrip(".")
            assert host in ALLOWED_HOSTS or host.endswith(".example") or host.endswith(".test"), (host, r["text"])
        for dom in MAIL_RE.findall(r["text"]):
            assert dom.endswith(".example") or dom.endswith(".test"), (dom, r["text"])
        if r["field"] == "attribute":
            lines = r["text"].split("\n")
            assert all(re.match(r"^[^:\n]+: ", ln) for ln in lines), r["text"]
        if r["field"] == "title":
            assert "\n" not in r["text"], r["text"]


def build():
    out = {}
    for split in core.SPLITS:
        rows, frames = core.build_split(split, MODS)
        out[split] = ([r for r, _ in rows], {tid for _, tid in rows}, frames)
    return out


def main():
    n_dev_items, n_held_items = check_lists()
    built = build()
    again = build()
    for split in core.SPLITS:
        assert core.dumps(built[split][0]) == core.dumps(again[split][0]), f"{split}: not deterministic"
        check_split(split, built[split][0])
    dev, held = built["dev13"], built["heldout13"]
    assert not (dev[1] & held[1]), "template ids in both splits"
    dev_frames = {f[2] for f in dev[2]}
    held_frames = {f[2] for f in held[2]}
    assert not (dev_frames & held_frames), f"templates or carriers in both splits: {sorted(dev_frames & held_frames)[:3]}"
    dev_texts = {r["text"] for r in dev[0]}
    assert not (dev_texts & {r["text"] for r in held[0]}), "identical text in both splits"

    OUT.mkdir(parents=True, exist_ok=True)
    for split in core.SPLITS:
        (OUT / f"{split}.jsonl").write_text(core.dumps(built[split][0]), encoding="utf-8")

    # summary
    print(f"self-checks passed: {n_dev_items} list items for dev13, {n_held_items} for heldout13, none shared;")
    print(f"  {len(dev[1])} / {len(held[1])} templates used, no template id, template or carrier in both splits")
    print()
    head = f"{'split':<10} {'label':<10}" + "".join(f"{lang:>5}" for lang in core.LANGS) + f"{'total':>7}"
    print(head)
    print("-" * len(head))
    for split in core.SPLITS:
        recs = built[split][0]
        for label in core.LABELS:
            c = collections.Counter(r["lang"] for r in recs if r["label"] == label)
            print(f"{split:<10} {label:<10}" + "".join(f"{c[lang]:>5}" for lang in core.LANGS) + f"{sum(c.values()):>7}")
    print()
    head = f"{'field':<12}" + "".join(f"{s + ' ' + lab[:3]:>15}" for s in core.SPLITS for lab in core.LABELS)
    print(head)
    print("-" * len(head))
    for f in core.FIELD_ORDER:
        row = f"{f:<12}"
        for split in core.SPLITS:
            for label in core.LABELS:
                row += f"{sum(1 for r in built[split][0] if r['label'] == label and r['field'] == f):>15}"
        print(row)
    print()
    print(f"{'technique / genre':<24}{'dev13':>7}{'heldout13':>11}")
    print("-" * 42)
    for label, names in (("injection", core.TECHNIQUES), ("benign", core.GENRES)):
        for name in names:
            counts = [sum(1 for r in built[s][0] if r["label"] == label and r["technique"] == name) for s in core.SPLITS]
            print(f"{name:<24}{counts[0]:>7}{counts[1]:>11}")
    for split in core.SPLITS:
        print(f"wrote {(OUT / f'{split}.jsonl').relative_to(ROOT)}")


if __name__ == "__main__":
    main()
