"""Dev half of the thirtieth PII bank: builds evals/guard/pii/dev30.jsonl.

    python3 scripts/guard-evals/pii30_dev.py               # build, self-check, write the file
    python3 scripts/guard-evals/pii30_dev.py --check-only  # rebuild in memory; exit 1 if the file differs
    python3 scripts/guard-evals/pii30_dev.py --stats       # also print counts, redraws and name shares

Standard library only. 500 English texts, then 500 German texts; per language 400 with personal
data in 30 genres (18 prose, 12 machine layouts) and 100 without in 10 genres.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii30_dev_core as C  # noqa: E402
import pii30_dev_de as DE  # noqa: E402
import pii30_dev_en as EN  # noqa: E402
import pii30_dev_layouts as LY  # noqa: E402
import pii30_dev_names as NM  # noqa: E402

NAME = "dev30.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / NAME
SEEDS = {"en": 300101, "de": 300102}
LANGS = ["en", "de"]
MAX_TRIES = 200

PROSE_GENRES = ["crm_note", "support_email", "signed_review", "team_chat", "call_note", "name_prose",
                "postal_letter", "email_signature", "civil_recovery", "witness_statement",
                "jury_service", "misdelivery_report", "serial_returner", "police_info_request",
                "insolvency_notice", "internship_placement", "avalanche_course", "cash_collection"]
LAYOUT_GENRES = ["lead_csv", "json_record", "server_log", "mail_header", "html_form", "vcard_ical",
                 "saml_assertion", "scim_provisioning", "docx_revision_xml", "latex_letter",
                 "har_capture", "issue_tracker_export"]
NOPII_GENRES = ["care_label", "avalanche_bulletin", "pick_list", "stockist_list", "app_update_notes",
                "returns_policy", "store_event_poster", "price_change_list", "hut_menu",
                "ticket_queue_summary"]
NEW_GENRES = ["civil_recovery", "witness_statement", "jury_service", "misdelivery_report",
              "serial_returner", "police_info_request", "insolvency_notice", "internship_placement",
              "avalanche_course", "cash_collection", "saml_assertion", "scim_provisioning",
              "docx_revision_xml", "latex_letter", "har_capture", "issue_tracker_export"]


def lang_module(lang):
    return EN if lang == "en" else DE


def templates(lang, genre):
    if genre in LAYOUT_GENRES:
        return LY.LAYOUTS[genre]
    mod = lang_module(lang)
    if genre in PROSE_GENRES:
        return mod.PROSE[genre]
    return mod.NOPII[genre]


def swiss_ss(marked):
    out, last = [], 0
    for m in C.SPAN_RE.finditer(marked):
        out.append(marked[last:m.start()].replace("ß", "ss"))
        out.append(m.group(0))
        last = m.end()
    out.append(marked[last:].replace("ß", "ss"))
    return "".join(out)


def render_once(rng, lang, genre, tpl, has_pii):
    fixed = None
    if isinstance(tpl, tuple):
        fixed, tpl = tpl
    cs, ws = C.LANG_COUNTRIES[lang]
    country = fixed or rng.choices(cs, ws)[0]
    g = C.Ctx(rng, lang, genre, country, allow_invented=(genre != "name_prose"))
    if callable(tpl):
        marked = tpl(g)
        prose = False
    else:
        marked = g.x(tpl)
        prose = True
    marked = C.tidy(marked, prose)
    if lang == "de" and country == "CH":
        marked = swiss_ss(marked)
    text, ents = C.extract(marked)
    return text, ents, g, country


def person_shown(p, ents):
    toks = dict.fromkeys(C.fold_key(w) for w in C.WORD_RE.findall(p.given + " " + p.surname)
                         if len(w) > 1 and w.casefold() not in NM.PARTICLES)
    for e in ents:
        if e["type"] != "PERSON":
            continue
        for w in C.WORD_RE.findall(e["value"]):
            if C.fold_key(w) in toks:
                return True
    return False


def build_lang(lang, stats):
    rng = random.Random(SEEDS[lang])
    plan = []
    prose = list(PROSE_GENRES)
    lay = list(LAYOUT_GENRES)
    rng.shuffle(prose)
    rng.shuffle(lay)
    counts = {}
    for i, gname in enumerate(prose):
        counts[gname] = 14 if i < 6 else 13
    for i, gname in enumerate(lay):
        counts[gname] = 14 if i < 4 else 13
    for gname in NOPII_GENRES:
        counts[gname] = 10
    used = {}
    for gname in PROSE_GENRES + LAYOUT_GENRES + NOPII_GENRES:
        tl = templates(lang, gname)
        start = rng.randrange(len(tl))
        for k in range(counts[gname]):
            idx = (start + k) % len(tl)
            plan.append((gname, idx))
            used[(gname, idx)] = 1
    for gname in PROSE_GENRES + LAYOUT_GENRES + NOPII_GENRES:
        for idx in range(len(templates(lang, gname))):
            if (gname, idx) not in used:
                raise AssertionError("template never used: %s %s %d" % (lang, gname, idx))
    rng.shuffle(plan)
    seen = {}
    records = []
    for n, (gname, idx) in enumerate(plan, 1):
        has_pii = gname not in NOPII_GENRES
        tpl = templates(lang, gname)[idx]
        for attempt in range(MAX_TRIES):
            text, ents, g, country = render_once(rng, lang, gname, tpl, has_pii)
            probs = C.check_record(text, ents, has_pii)
            if text in seen:
                probs.append("duplicate text")
            if not probs:
                break
            stats["redraws"][lang] += 1
            stats["redraw_reasons"].append((lang, gname, idx, probs[0]))
        else:
            raise RuntimeError("no valid rendering: %s %s %d: %s" % (lang, gname, idx, probs))
        seen[text] = 1
        stats["inner"][lang] += g.inner_redraws
        rec = {"id": "pii-dev30-%s-%04d" % (lang, n), "text": text, "lang": lang, "genre": gname,
               "entities": [{"type": e["type"], "start": e["start"], "end": e["end"], "value": e["value"]}
                            for e in ents]}
        records.append(rec)
        stats["country"][lang][country] = stats["country"][lang].get(country, 0) + 1
        stats["template"][(lang, gname, idx)] = stats["template"].get((lang, gname, idx), 0) + 1
        for p in g.people:
            if person_shown(p, ents):
                stats["people"][lang].append((gname, p.origin, p.invented, p.cue, p.given, p.surname, p.country))
    return records


def new_stats():
    return {"redraws": {"en": 0, "de": 0}, "inner": {"en": 0, "de": 0}, "redraw_reasons": [],
            "country": {"en": {}, "de": {}}, "template": {}, "people": {"en": [], "de": []}}


def build(stats=None):
    stats = stats if stats is not None else new_stats()
    records = []
    for lang in LANGS:
        records += build_lang(lang, stats)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    return data, records, stats


def final_checks(data, records):
    ids = [r["id"] for r in records]
    want = ["pii-dev30-en-%04d" % i for i in range(1, 501)] + ["pii-dev30-de-%04d" % i for i in range(1, 501)]
    assert ids == want, "ids"
    texts = {}
    for line, r in zip(data.decode("utf-8").splitlines(), records):
        back = json.loads(line)
        assert list(back) == ["id", "text", "lang", "genre", "entities"], "key order"
        for e in back["entities"]:
            assert list(e) == ["type", "start", "end", "value"], "entity key order"
            assert e["type"] in C.TYPES
        has_pii = back["genre"] not in NOPII_GENRES
        probs = C.check_record(back["text"], back["entities"], has_pii)
        assert not probs, (back["id"], probs)
        assert back["text"] not in texts, "duplicate " + back["id"]
        texts[back["text"]] = 1
    for lang in LANGS:
        rs = [r for r in records if r["lang"] == lang]
        assert len(rs) == 500
        per = {}
        for r in rs:
            per[r["genre"]] = per.get(r["genre"], 0) + 1
        assert sorted(per) == sorted(PROSE_GENRES + LAYOUT_GENRES + NOPII_GENRES)
        assert sum(per[x] for x in PROSE_GENRES) == 240
        assert sum(per[x] for x in LAYOUT_GENRES) == 160
        assert all(per[x] in (13, 14) for x in PROSE_GENRES + LAYOUT_GENRES)
        assert all(per[x] == 10 for x in NOPII_GENRES)
        assert sum(1 for r in rs if r["entities"]) == 400
    for lang in LANGS:
        for gname in PROSE_GENRES + LAYOUT_GENRES + NOPII_GENRES:
            assert len(templates(lang, gname)) >= 4, (lang, gname)


def print_stats(data, records, stats):
    print("sha256", hashlib.sha256(data).hexdigest(), "bytes", len(data), "lines", data.count(b"\n"))
    for lang in LANGS:
        rs = [r for r in records if r["lang"] == lang]
        tc = {}
        for r in rs:
            for e in r["entities"]:
                tc[e["type"]] = tc.get(e["type"], 0) + 1
        print(lang, "spans", sum(tc.values()), {t: tc.get(t, 0) for t in C.TYPES})
        print(lang, "redraws", stats["redraws"][lang], "inner person redraws", stats["inner"][lang])
        print(lang, "countries", sorted(stats["country"][lang].items(), key=lambda x: -x[1]))
        # invented share on the file
        tot = inv = tot_np = inv_np = 0
        for r in rs:
            for e in r["entities"]:
                if e["type"] != "PERSON":
                    continue
                unknown = any(not C.NAME_LISTS.known(w) for w in C.WORD_RE.findall(e["value"])
                              if len(w) > 1 and w.casefold() not in NM.PARTICLES)
                if r["genre"] == "name_prose":
                    tot_np += 1
                    inv_np += unknown
                else:
                    tot += 1
                    inv += unknown
        print(lang, "PERSON spans with a part in no list: outside name_prose %d/%d (%.1f %%), name_prose %d/%d" % (
            inv, tot, 100.0 * inv / max(tot, 1), inv_np, tot_np))
        ppl = stats["people"][lang]
        cue = [p for p in ppl if p[3] and p[0] != "name_prose"]
        print(lang, "people shown %d, with cue outside name_prose %d, invented %d (%.1f %%)" % (
            len(ppl), len(cue), sum(1 for p in cue if p[2]), 100.0 * sum(1 for p in cue if p[2]) / max(len(cue), 1)))
        org = {}
        for p in ppl:
            org[p[1]] = org.get(p[1], 0) + 1
        print(lang, "origins", len(org), sorted(((k, round(100.0 * v / len(ppl), 1)) for k, v in org.items()), key=lambda x: -x[1])[:12])
        hyph = sum(1 for p in ppl if "-" in p[5] and not p[2])
        part = sum(1 for p in ppl if any(w.casefold() in NM.PARTICLES for w in re.split(r"[ ']", p[5])) or p[5].startswith(("O'", "Mc", "Mac", "D'")))
        ordinary = sum(1 for p in ppl if p[5] in NM.ORDINARY_EN or p[5] in NM.ORDINARY_DE)
        dbl = sum(1 for p in ppl if (" " in p[4] or "-" in p[4]) and p[1] not in ("korean", "chinese"))
        print(lang, "hyphenated %.1f %%, particles %.1f %%, ordinary-word surnames %.1f %%, double given %.1f %%" % (
            100.0 * hyph / len(ppl), 100.0 * part / len(ppl), 100.0 * ordinary / len(ppl), 100.0 * dbl / len(ppl)))
        lines = [r["text"].count("\n") + 1 for r in rs if r["entities"]]
        lines.sort()
        print(lang, "lines (pii): min %d max %d median %d mean %.1f; one-line %d; >=10 lines %d" % (
            lines[0], lines[-1], lines[len(lines) // 2], sum(lines) / len(lines), lines.count(1),
            sum(1 for x in lines if x >= 10)))
        nl = sorted(r["text"].count("\n") + 1 for r in rs if not r["entities"])
        print(lang, "lines (no pii): min %d max %d" % (nl[0], nl[-1]))
        # name forms
        forms = {}
        hon_re = re.compile(r"(?:Mrs|Mr\.?|Ms\.?|Dr\.?|Herrn|Herr|Frau)(?: Dr\.)? ?\n?$")
        for r in rs:
            for e in r["entities"]:
                if e["type"] != "PERSON":
                    continue
                v = e["value"]
                before = r["text"][max(0, e["start"] - 12):e["start"]]
                if ", " in v:
                    k = "LAST, First" if v.split(", ")[0].isupper() else "Last, First"
                elif re.match(r"^[A-ZÄÖÜ]\.(?:-[A-Z]\.)? ", v):
                    k = "A. Berger"
                elif re.search(r" [A-ZÄÖÜÓ]\.$", v):
                    k = "Anna B."
                elif v.isupper():
                    k = "capitals"
                elif v.islower():
                    k = "lower case"
                elif " " in v and not any(w.casefold() in NM.PARTICLES for w in v.split()[:1]):
                    k = "full name"
                else:
                    k = "one name"
                if hon_re.search(before):
                    k += " after honorific"
                forms[k] = forms.get(k, 0) + 1
        print(lang, "name forms", sorted(forms.items(), key=lambda x: -x[1]))
        # prose texts that are form-like
        formlike = 0
        for r in rs:
            if r["genre"] not in PROSE_GENRES:
                continue
            ls = [x for x in r["text"].split("\n") if x.strip()]
            fl = sum(1 for x in ls if re.match(r"^(?:[\w .'/()*\-]{1,40}:\s|\d+\.\s|-\s)", x))
            if len(ls) >= 3 and fl * 2 >= len(ls):
                formlike += 1
        print(lang, "form-like texts in prose genres", formlike, "of 240")
        addr = [e for r in rs for e in r["entities"] if e["type"] == "STREET_ADDRESS"]
        two = sum(1 for e in addr if "\n" in e["value"])
        line = sum(1 for e in addr if "\n" not in e["value"] and re.search(r"\d{4,5}|[A-Z]{1,2}\d", e["value"].split(",")[-1]) and "," in e["value"])
        print(lang, "addresses", len(addr), "two lines", two, "one line with town", line, "street alone", len(addr) - two - line)
        ph = [e["value"] for r in rs for e in r["entities"] if e["type"] == "PHONE"]
        intl = sum(1 for v in ph if v.startswith("+") or v.startswith("00"))
        print(lang, "phones", len(ph), "international", intl)
        ips = [e["value"] for r in rs for e in r["entities"] if e["type"] == "IP_ADDRESS"]
        import ipaddress
        v6 = sum(1 for v in ips if ":" in v)
        priv = sum(1 for v in ips if ipaddress.ip_address(v).is_private)
        print(lang, "ips", len(ips), "ipv6", v6, "private/doc/ula/link-local", priv)
        ib = [e["value"] for r in rs for e in r["entities"] if e["type"] == "IBAN"]
        print(lang, "ibans", len(ib), "compact", sum(1 for v in ib if " " not in v),
              "countries", sorted(dict.fromkeys(v[:2] for v in ib)))
        pc = {}
        for p in ppl:
            pc[p[6]] = pc.get(p[6], 0) + 1
        print(lang, "people by country", sorted(pc.items(), key=lambda x: -x[1]))
    tmpl = {}
    for (lang, gname, idx), n in stats["template"].items():
        tmpl[lang] = tmpl.get(lang, 0) + 1
    print("templates used", tmpl)
    for lang in LANGS:
        nt = sum(len(templates(lang, x)) for x in PROSE_GENRES)
        nl = sum(len(templates(lang, x)) for x in LAYOUT_GENRES)
        nn = sum(len(templates(lang, x)) for x in NOPII_GENRES)
        fixed = {}
        for x in PROSE_GENRES:
            for t in templates(lang, x):
                if isinstance(t, tuple):
                    fixed[t[0]] = fixed.get(t[0], 0) + 1
        print(lang, "templates: prose", nt, "layouts", nl, "no pii", nn, "fixed to a country", fixed)
    reasons = {}
    for lang, gname, idx, why in stats["redraw_reasons"]:
        key = (lang, why.split(":")[0])
        reasons[key] = reasons.get(key, 0) + 1
    print("redraw reasons", sorted(reasons.items(), key=lambda x: -x[1]))


def main(argv=()):
    ap = argparse.ArgumentParser(description="Build the dev half of the thirtieth PII bank.")
    ap.add_argument("--check-only", action="store_true", help="rebuild in memory; exit 1 if the file differs")
    ap.add_argument("--stats", action="store_true", help="print counts, redraws and name shares")
    args = ap.parse_args(list(argv))
    stats = new_stats()
    data, records, stats = build(stats)
    final_checks(data, records)
    data2, _, _ = build()
    if data2 != data:
        print("second build differs", file=sys.stderr)
        return 1
    if args.stats:
        print_stats(data, records, stats)
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("%s differs from the generator" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date (%s)" % (OUT.name, hashlib.sha256(data).hexdigest()))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print("wrote %s: %d records, %d bytes, sha256 %s" % (OUT, len(records), len(data), hashlib.sha256(data).hexdigest()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
