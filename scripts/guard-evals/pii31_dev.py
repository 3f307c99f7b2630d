#!/usr/bin/env python3
"""Dev half of the thirty-first PII bank: writes evals/guard/pii/dev31.jsonl.

    python3 scripts/guard-evals/pii31_dev.py               # build, self-check, write the file
    python3 scripts/guard-evals/pii31_dev.py --check-only  # rebuild in memory; exit 1 if the file differs
    python3 scripts/guard-evals/pii31_dev.py --stats       # also print counts, redraws and shares

500 English texts, then 500 German texts.  Per language 400 texts with personal data in 30 genres
(18 prose, 12 machine layouts) and 100 without, in 10 genres.  Standard library only.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
from pathlib import Path  # noqa: E402

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

import pii31_dev_core as C  # noqa: E402
import pii31_dev_de as DE  # noqa: E402
import pii31_dev_en as EN  # noqa: E402
import pii31_dev_layouts as LAY  # noqa: E402
import pii31_dev_names as NM  # noqa: E402

NAME = "dev31.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / NAME
SEEDS = {"en": 310101, "de": 310102}
PROSE_PER_GENRE = 14
LAYOUT_BIG = 4  # layout genres with 13 texts; the other 8 have 12
NOPII_PER_GENRE = 10
MAX_TRIES = 200
NO_CUE_GENRES = ["trail_blog_post"]
KEY_ORDER = ["id", "text", "lang", "genre", "entities"]
ENT_ORDER = ["type", "start", "end", "value"]


def tables(lang):
    mod = EN if lang == "en" else DE
    return mod.PROSE, LAY.LAYOUTS, mod.NOPII


def build_lang(lang, seen, info):
    rng = random.Random(SEEDS[lang])
    prose, lay, nopii = tables(lang)
    big = rng.sample(list(lay), LAYOUT_BIG)
    plan = []
    for g in prose:
        plan += [("prose", g)] * PROSE_PER_GENRE
    for g in lay:
        plan += [("layout", g)] * (13 if g in big else 12)
    for g in nopii:
        plan += [("nopii", g)] * NOPII_PER_GENRE
    rng.shuffle(plan)
    table = {}
    table.update(prose)
    table.update(lay)
    table.update(nopii)
    start = {g: rng.randrange(len(table[g])) for g in table}
    count = {g: 0 for g in table}
    used = {}
    records = []
    redraws = 0
    reasons = {}
    inner = 0
    people_redraws = 0
    meta = []
    for i, (kind, g) in enumerate(plan):
        fns = table[g]
        fn = fns[(start[g] + count[g]) % len(fns)]
        count[g] += 1
        used[fn.__module__ + "." + fn.__name__] = True
        for _attempt in range(MAX_TRIES):
            c = C.Ctx(rng, lang, g)
            marked = fn(c)
            inner += c.inner_redraws
            people_redraws += c.people_redraws
            swiss = lang == "de" and c.country == "CH"
            text, ents = C.finish(marked, prose=(kind == "prose"), swiss=swiss)
            err = C.check_record(text, ents, kind != "nopii")
            if err is None and text in seen:
                err = "duplicate text"
            if err is None:
                break
            redraws += 1
            key = err.split(":")[0]
            reasons[key] = reasons.get(key, 0) + 1
        else:
            raise RuntimeError("no valid rendering for %s %s %s" % (lang, g, fn.__name__))
        seen[text] = True
        rec = {"id": "pii-dev31-%s-%04d" % (lang, i + 1), "text": text, "lang": lang, "genre": g, "entities": ents}
        records.append(rec)
        people = []
        for p in c.people:
            if p.shown:
                people.append({"origin": p.origin, "invented": p.invented, "cue": p.cue, "staff": p.staff,
                               "forms": list(p.shown), "country": p.country, "given": p.given_name,
                               "sur": p.surname})
        meta.append({"kind": kind, "genre": g, "country": c.country, "template": fn.__name__, "people": people})
    info[lang] = {"redraws": redraws, "reasons": reasons, "inner": inner, "people_redraws": people_redraws,
                  "meta": meta, "used": used,
                  "table": table, "big": big}
    return records


def build():
    seen = {}
    info = {}
    records = build_lang("en", seen, info) + build_lang("de", seen, info)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return data.encode("utf-8"), records, info


def final_checks(data, records, info):
    lines = data.decode("utf-8").split("\n")
    assert lines[-1] == "" and len(lines) == 1001, "1,000 lines"
    ids = []
    for lang in ("en", "de"):
        ids += ["pii-dev31-%s-%04d" % (lang, i) for i in range(1, 501)]
    back = [json.loads(ln) for ln in lines[:-1]]
    assert [r["id"] for r in back] == ids, "ids in order"
    assert len(dict.fromkeys(r["text"] for r in back)) == 1000, "duplicate text"
    for r in back:
        assert list(r) == KEY_ORDER, r["id"]
        for e in r["entities"]:
            assert list(e) == ENT_ORDER, r["id"]
            assert e["type"] in C.CODE, r["id"]
    for lang in ("en", "de"):
        prose, lay, nopii = tables(lang)
        assert len(prose) == 18 and len(lay) == 12 and len(nopii) == 10
        rs = [r for r in back if r["lang"] == lang]
        assert len(rs) == 500
        cnt = {}
        for r in rs:
            cnt[r["genre"]] = cnt.get(r["genre"], 0) + 1
        for g in prose:
            assert cnt[g] == PROSE_PER_GENRE, (lang, g)
            assert len(prose[g]) >= 4
        for g in lay:
            assert cnt[g] == (13 if g in info[lang]["big"] else 12), (lang, g)
            assert len(lay[g]) >= 4
        for g in nopii:
            assert cnt[g] == NOPII_PER_GENRE, (lang, g)
            assert len(nopii[g]) >= 4
        assert sum(1 for r in rs if r["entities"]) == 400
        pii_genres = list(prose) + list(lay)
        for r in rs:
            has = r["genre"] in pii_genres
            err = C.check_record(r["text"], r["entities"], has)
            assert err is None, (r["id"], err)
        used = info[lang]["used"]
        for g, fns in info[lang]["table"].items():
            for fn in fns:
                assert fn.__module__ + "." + fn.__name__ in used, ("template never used", lang, g, fn.__name__)


# ---------------------------------------------------------------------------------------------
# statistics for the README


def _listed(part):
    return C.is_listed_part(part)


def person_span_invented(value):
    parts = [p for p in re.findall(r"\w+", value) if len(p) > 1 and p.lower() not in NM.PARTICLES]
    return any(not _listed(p) for p in parts)


def stats(records, info):
    out = []
    types = ["PERSON", "EMAIL", "PHONE", "STREET_ADDRESS", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]
    for lang in ("en", "de"):
        rs = [r for r in records if r["lang"] == lang]
        meta = info[lang]["meta"]
        tc = {t: 0 for t in types}
        for r in rs:
            for e in r["entities"]:
                tc[e["type"]] += 1
        out.append("== %s" % lang)
        out.append("types " + json.dumps(tc) + " all %d" % sum(tc.values()))
        out.append("redraws %d %s; inside generators: look-alike values %d, people %d" % (
            info[lang]["redraws"], json.dumps(info[lang]["reasons"]), info[lang]["inner"], info[lang]["people_redraws"]))
        out.append("big layouts " + ", ".join(info[lang]["big"]))
        pii = [r for r in rs if r["entities"]]
        nl = sorted(r["text"].count("\n") + 1 for r in pii)
        out.append("lines pii: min %d median %d mean %.1f max %d, one-line %d, >=10 %d" % (
            nl[0], nl[len(nl) // 2], sum(nl) / len(nl), nl[-1], sum(1 for x in nl if x == 1), sum(1 for x in nl if x >= 10)))
        nl2 = sorted(r["text"].count("\n") + 1 for r in rs if not r["entities"])
        out.append("lines no-pii: min %d max %d one-line %d" % (nl2[0], nl2[-1], sum(1 for x in nl2 if x == 1)))
        # countries
        cc = {}
        for m in meta:
            if m["kind"] != "nopii":
                cc[m["country"]] = cc.get(m["country"], 0) + 1
        out.append("text countries " + json.dumps(dict(sorted(cc.items(), key=lambda x: -x[1]))))
        # people
        people = [p for m in meta for p in m["people"]]
        org = {}
        for p in people:
            org[p["origin"]] = org.get(p["origin"], 0) + 1
        tot = len(people)
        out.append("people shown %d, origins %d" % (tot, len(org)))
        out.append("origins " + ", ".join("%s %.1f" % (k, 100.0 * v / tot) for k, v in sorted(org.items(), key=lambda x: -x[1])))
        cue = [p for m in meta for p in m["people"] if m["genre"] not in NO_CUE_GENRES]
        inv = sum(1 for p in cue if p["invented"])
        out.append("invented people outside no-cue genres: %d of %d (%.1f %%)" % (inv, len(cue), 100.0 * inv / len(cue)))
        nocue = [p for m in meta for p in m["people"] if m["genre"] in NO_CUE_GENRES]
        out.append("invented people in no-cue genres: %d of %d" % (sum(1 for p in nocue if p["invented"]), len(nocue)))
        ps = [(r["genre"], e["value"]) for r in rs for e in r["entities"] if e["type"] == "PERSON"]
        a = [v for g, v in ps if g not in NO_CUE_GENRES]
        b = [v for g, v in ps if g in NO_CUE_GENRES]
        out.append("PERSON spans with a part in no list: %d of %d outside no-cue genres (%.1f %%); %d of %d inside" % (
            sum(1 for v in a if person_span_invented(v)), len(a), 100.0 * sum(1 for v in a if person_span_invented(v)) / len(a),
            sum(1 for v in b if person_span_invented(v)), len(b)))
        word = [w.lower() for w in NM.WORD_SURNAMES["en"] + NM.WORD_SURNAMES["de"]]
        out.append("surname is an ordinary word: %.1f %%" % (100.0 * sum(1 for p in people if p["sur"].lower() in word) / tot))
        out.append("hyphenated surname: %.1f %%" % (100.0 * sum(1 for p in people if "-" in p["sur"] and not p["invented"]) / tot))
        out.append("particle: %.1f %%" % (100.0 * sum(1 for p in people if re.match(r"(?i)(von|van|de|da|dos|del|di|lo|zu|vom|ter|mac |mc|o'|ó |ní |nic |ap |al-|el-|ben |dela |le |d')", p["sur"])) / tot))
        out.append("double given name: %.1f %%" % (100.0 * sum(1 for p in people if (" " in p["given"] or "-" in p["given"]) and p["origin"] not in ("korean", "chinese")) / tot))
        forms = {}
        for r, m in zip(rs, meta):
            for e in r["entities"]:
                if e["type"] == "PERSON":
                    f = name_form(r["text"], e, m["people"])
                    forms[f] = forms.get(f, 0) + 1
        out.append("name forms of PERSON spans " + json.dumps(dict(sorted(forms.items(), key=lambda x: -x[1]))))
        # addresses
        addr = [e["value"] for r in rs for e in r["entities"] if e["type"] == "STREET_ADDRESS"]
        two = sum(1 for v in addr if "\n" in v)
        town_re = re.compile(r"(?:\d{4,5}|\d{4} [A-Z]{2}) [^\d,]+(?: \([A-Z]{2}\)| [A-Z]{2})?$|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$"
                             r"|, [A-Z]{2} \d{5}$|[A-Z]\d{2} [A-Z0-9]{4}$")
        one_town = sum(1 for v in addr if "\n" not in v and town_re.search(v))
        out.append("addresses %d: two-line %d, one line with town %d, street alone %d" % (len(addr), two, one_town, len(addr) - two - one_town))
        phones = [e["value"] for r in rs for e in r["entities"] if e["type"] == "PHONE"]
        out.append("phones %d, international %d" % (len(phones), sum(1 for v in phones if v.startswith("+") or v.startswith("00"))))
        ibans = [e["value"] for r in rs for e in r["entities"] if e["type"] == "IBAN"]
        out.append("ibans %d, compact %d, countries %s" % (len(ibans), sum(1 for v in ibans if " " not in v),
                                                          json.dumps(_count([v[:2] for v in ibans]))))
        ips = [e["value"] for r in rs for e in r["entities"] if e["type"] == "IP_ADDRESS"]
        v6 = [v for v in ips if ":" in v]
        import ipaddress
        priv = sum(1 for v in ips if ipaddress.ip_address(v).is_private or v.startswith("2001:db8") or v.startswith("2001:0db8"))
        out.append("ips %d, IPv6 %d, private/documentation/ULA/link-local %d" % (len(ips), len(v6), priv))
        cards = [e["value"] for r in rs for e in r["entities"] if e["type"] == "CREDIT_CARD"]
        out.append("cards %d %s" % (len(cards), json.dumps(_count([C.card_issuer(re.sub(r'[ -]', '', v)) for v in cards]))))
        # prose share
        kinds = _count([m["kind"] for m in meta])
        out.append("kinds " + json.dumps(kinds))
        formlike = 0
        for r, m in zip(rs, meta):
            if m["kind"] == "prose":
                ls = r["text"].split("\n")
                if len(ls) >= 3:
                    f = sum(1 for ln in ls if re.match(r"^\s*(\d+\.|-|\*|\[ \]|[A-Z][\w /'()-]{0,30}:\s)", ln))
                    if f * 2 >= len([ln for ln in ls if ln.strip()]):
                        formlike += 1
        out.append("form-like texts in prose genres: %d" % formlike)
        # same wording (spans and digits masked)
        masks = {}
        for r in rs:
            t = C.blank_spans(r["text"], r["entities"], "#")
            t = re.sub(r"#+", "#", re.sub(r"\d", "0", t))
            masks.setdefault((r["genre"], t), []).append(r["id"])
        same = sum(len(v) for v in masks.values() if len(v) > 1)
        out.append("texts sharing their wording with another text of their genre: %d" % same)
        out.append("genres " + json.dumps(_count([r["genre"] for r in rs])))
    return "\n".join(out)


HON_RE = re.compile(r"(?:\b(?:Mrs|Mr|Ms|Dr|Herrn|Herr|Frau)\.?|Dr\.) $")


def name_form(text, e, people):
    """The form of a PERSON span, judged against the people of its text."""
    v = e["value"]
    before = text[max(0, e["start"] - 12):e["start"]]
    hon = bool(HON_RE.search(before))
    for p in people:
        g, s = p["given"], p["sur"]
        table = [("full", g + " " + s), ("given", g), ("sur", s), ("Last, First", s + ", " + g),
                 ("LAST, First", s.upper() + ", " + g), ("A. Berger", g[0] + ". " + s), ("Anna B.", g + " " + s[0] + "."),
                 ("capitals", (g + " " + s).upper()), ("capitals", s.upper()), ("capitals", g.upper()),
                 ("SURNAME GIVEN", s.upper() + " " + g.upper()), ("lower case", (g + " " + s).lower()),
                 ("lower case", g.lower()), ("lower case", s.lower())]
        for f, form in table:
            if v == form:
                if hon and f in ("sur", "full"):
                    return "honorific + " + f
                return f
    return "other"


def _count(xs):
    d = {}
    for x in xs:
        d[x] = d.get(x, 0) + 1
    return dict(sorted(d.items(), key=lambda kv: -kv[1]))


def main(argv=()):
    ap = argparse.ArgumentParser(description="Build the dev half of the thirty-first PII bank.")
    ap.add_argument("--check-only", action="store_true", help="rebuild in memory; exit 1 if the file differs")
    ap.add_argument("--stats", action="store_true", help="print counts, redraws and shares")
    args = ap.parse_args(list(argv))
    data, records, info = build()
    final_checks(data, records, info)
    data2, _, _ = build()
    if data2 != data:
        print("second in-process build differs", file=sys.stderr)
        return 2
    digest = hashlib.sha256(data).hexdigest()
    if args.stats:
        print(stats(records, info))
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("%s differs from the generator's output" % OUT, file=sys.stderr)
            return 1
        print("%s matches (%d bytes, sha256 %s)" % (NAME, len(data), digest))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print("wrote %s: %d lines, %d bytes, sha256 %s" % (OUT, len(records), len(data), digest))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
