"""Dev half of the twenty-first PII bank: evals/guard/pii/dev21.jsonl.

    python3 scripts/guard-evals/pii21_dev.py              # write the file
    python3 scripts/guard-evals/pii21_dev.py --check-only # rebuild in memory, exit 1 if the file differs
    python3 scripts/guard-evals/pii21_dev.py --stats      # counts per type, genre and origin

500 English then 500 German texts: per language 400 with personal data in 30 genres and 100
without in 10 genres. Standard library only; seeds en 210101, de 210102.
"""

import hashlib
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pii21_dev_core as C  # noqa: E402
import pii21_dev_de as DE  # noqa: E402
import pii21_dev_en as EN  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "evals", "guard", "pii", "dev21.jsonl")
SEEDS = {"en": 210101, "de": 210102}
MODULES = {"en": EN, "de": DE}

# prose genres first (the first ten get 14 texts, the rest 13), then layouts
PROSE = ["crm_note", "support_email", "quoted_reply", "testimonial", "signature", "copy_brief", "team_chat",
         "customer_chat", "call_note", "return_note", "prose_mention", "payment_note", "size_advice",
         "casting_call", "sponsorship_request", "review_moderation", "shift_handover", "catalogue_request"]
LAYOUT = ["lead_list", "feed_row", "crm_export", "table_export", "html_form", "sql_dump", "server_log",
          "mail_header", "contact_card", "ical", "ocr_scan", "llm_prompt_log"]
CLEAN = ["marketing_copy", "product_copy", "feed_clean", "order_status", "faq", "release_notes", "shipping_info",
         "campaign_plan", "supplier_list", "analytics_report"]
NO_INVENTED = {"prose_mention", "team_chat"}  # no cue word: only names from the lists
PER_LANG_PII, PER_LANG_CLEAN = 400, 100


def plan():
    out = []
    for i, g in enumerate(PROSE + LAYOUT):
        out.append((g, 14 if i < 10 else 13, True))
    for g in CLEAN:
        out.append((g, 10, False))
    assert sum(n for _, n, p in out if p) == PER_LANG_PII and sum(n for _, n, p in out if not p) == PER_LANG_CLEAN
    return out


def build_lang(lang, seen):
    rng = random.Random(SEEDS[lang])
    world = C.World(lang)
    look = C.Look()
    mod = MODULES[lang]
    recs = []
    for genre, count, pii in plan():
        templates = (mod.PII if pii else mod.CLEAN)[genre]
        assert len(templates) >= 4, (lang, genre)
        for i in range(count):
            tpl = templates[i % len(templates)]
            for attempt in range(400):
                try:
                    text, ents, exempt, ctx = C.render(rng, world, lang, tpl, pii and genre not in NO_INVENTED, look)
                    if not pii and ctx.persons:
                        raise RuntimeError(f"person slot in clean template {genre}")
                    if genre == "sql_dump" and any("'" in e["value"] for e in ents):
                        raise C.Fail("apostrophe in SQL string")
                    C.check(text, ents, exempt, pii)
                    if text in seen:
                        raise C.Fail("duplicate")
                except C.Fail:
                    continue
                break
            else:
                raise RuntimeError(f"no valid rendering for {lang}/{genre}/{i}")
            seen.add(text)
            people = [(p.origin, p.invented) for _, p in sorted(ctx.persons.items()) if any(
                e["type"] == "PERSON" for e in ents)]
            recs.append(({"text": text, "lang": lang, "genre": genre,
                          "entities": [{"type": e["type"], "start": e["start"], "end": e["end"], "value": e["value"]} for e in ents]},
                         people))
    rng.shuffle(recs)
    out = []
    for n, (r, people) in enumerate(recs, 1):
        r = {"id": f"pii-dev21-{lang}-{n:04d}", **r}
        out.append((r, people))
    return out


def build():
    seen = set()
    recs = build_lang("en", seen) + build_lang("de", seen)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in recs)
    return data, recs


def verify(data, recs):
    """Whole-file checks on top of the per-text checks."""
    ids = [r["id"] for r, _ in recs]
    assert len(ids) == len(set(ids)) == 1000
    texts = [r["text"] for r, _ in recs]
    assert len(set(texts)) == len(texts)
    for lang in ("en", "de"):
        sub = [r for r, _ in recs if r["lang"] == lang]
        assert len(sub) == 500
        assert sum(1 for r in sub if r["entities"]) == PER_LANG_PII
        for g, n, pii in plan():
            got = [r for r in sub if r["genre"] == g]
            assert len(got) == n, (lang, g, len(got))
            assert all(bool(r["entities"]) == pii for r in got)
    assert [r["lang"] for r, _ in recs] == ["en"] * 500 + ["de"] * 500
    for line in data.splitlines():
        r = json.loads(line)
        prev = -1
        for e in r["entities"]:
            assert r["text"][e["start"]:e["end"]] == e["value"]
            assert e["start"] >= prev
            prev = e["end"]


def stats(recs):
    types, genres, origins, inv, persons = {}, {}, {}, {}, {}
    for r, people in recs:
        lang = r["lang"]
        for e in r["entities"]:
            types[(e["type"], lang)] = types.get((e["type"], lang), 0) + 1
        genres[(r["genre"], lang)] = genres.get((r["genre"], lang), 0) + 1
        for o, i in people:
            persons[lang] = persons.get(lang, 0) + 1
            inv[lang] = inv.get(lang, 0) + int(i)
            if not i:
                origins.setdefault(lang, {})
                origins[lang][o] = origins[lang].get(o, 0) + 1
    return types, genres, origins, inv, persons


def main(argv=()):
    argv = list(argv)
    data, recs = build()
    verify(data, recs)
    again, _ = build()
    if again != data:
        print("second in-process build differs", file=sys.stderr)
        return 1
    if "--stats" in argv:
        types, genres, origins, inv, persons = stats(recs)
        for (t, lang), n in sorted(types.items()):
            print(f"type {t} {lang} {n}")
        for lang in ("en", "de"):
            print(f"persons {lang} {persons[lang]} invented {inv[lang]} ({100 * inv[lang] / persons[lang]:.1f} %) origins {len(origins[lang])}")
            print("  " + ", ".join(f"{o} {n}" for o, n in sorted(origins[lang].items(), key=lambda x: -x[1])))
        print("sha256", hashlib.sha256(data.encode("utf-8")).hexdigest())
        return 0
    if "--check-only" in argv:
        try:
            with open(OUT, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != data:
            print(f"{OUT} differs from what the generator makes", file=sys.stderr)
            return 1
        print(f"{OUT} ok ({len(recs)} texts)")
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print(f"wrote {OUT}: {len(recs)} texts, sha256 {hashlib.sha256(data.encode('utf-8')).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
