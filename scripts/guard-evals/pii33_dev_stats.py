"""Counts and shares for the README of the dev half of the thirty-third PII bank
(``pii33_dev.py --stats``).  The name-form and form-like counts are heuristics."""

import json
import re
from collections import Counter

import pii33_dev_core as C
import pii33_dev_names as NAMES


def _list_parts():
    given, sur, words = NAMES.load()
    parts = set()
    for o in given:
        for gg in ("m", "f"):
            for n in given[o][gg]:
                parts.update(C.name_parts(n))
        for s in sur[o]:
            parts.update(C.name_parts(s))
            parts.update(C.name_parts(C.female_surname(o, s)))
    for d in NAMES.DOUBLE_GIVEN:
        parts.update(C.name_parts(d[2]))
    for ws in words.values():
        for s in ws:
            parts.update(C.name_parts(s))
    return parts | {C.fold(p) for p in parts}


def report(data, stats):
    recs = [json.loads(x) for x in data.decode("utf-8").splitlines()]
    parts = _list_parts()
    print("bytes", len(data))
    print("redraws", dict(stats["redraws"]), "reasons", dict(stats.get("redraw_reasons", {})))
    print("name re-draws before rendering", stats["name_redraws"])
    print("layout genres with 13 texts", stats["plus"])
    for lang in ("en", "de"):
        rs = [r for r in recs if r["lang"] == lang]
        meta = stats["meta"][lang]
        print("==", lang)
        tc = Counter(e["type"] for r in rs for e in r["entities"])
        print(" types", dict(tc), "all", sum(tc.values()))
        pii = [r for r in rs if r["entities"]]
        clean = [r for r in rs if not r["entities"]]
        nl = sorted(r["text"].count("\n") + 1 for r in pii)
        print(" pii texts %d lines min %d median %d mean %.1f max %d; one-line %d; >=10 lines %d" % (
            len(pii), nl[0], nl[len(nl) // 2], sum(nl) / len(nl), nl[-1], sum(1 for x in nl if x == 1),
            sum(1 for x in nl if x >= 10)))
        nl2 = sorted(r["text"].count("\n") + 1 for r in clean)
        print(" clean texts %d lines %d-%d; one-line %d" % (len(clean), nl2[0], nl2[-1], sum(1 for x in nl2 if x == 1)))
        print(" countries", dict(Counter(m["country"] for m in meta)))
        print(" countries (pii)", dict(Counter(m["country"] for m in meta if m["kind"] != "clean")))
        people = [p for m in meta for p in m["people"]]
        cue_people = [p for m, in zip(meta) for p in m["people"] if m["genre"] != "expedition_diary"]
        inv = sum(1 for p in cue_people if p.inv)
        print(" people shown %d; with a cue %d; invented %d (%.1f %%)" % (len(people), len(cue_people), inv,
                                                                        100.0 * inv / max(1, len(cue_people))))
        oc = Counter(p.origin for p in people)
        tot = sum(oc.values())
        print(" origins (%d):" % len(oc), ", ".join("%s %.1f" % (k, 100.0 * v / tot) for k, v in oc.most_common()))
        dach = sum(oc[k] for k in ("german", "austrian", "swiss"))
        enam = sum(oc[k] for k in ("english", "american"))
        print(" DACH %.1f %%, English+American %.1f %%" % (100.0 * dach / tot, 100.0 * enam / tot))
        dbl = sum(1 for p in people if " " in p.given or "-" in p.given)
        hyph = sum(1 for p in people if "-" in p.sur)
        part = sum(1 for p in people if re.match(r"(von |van |de |del |da |dos |di |la |le |lo |zu |vom |ter |ap |al-|el-|ben |ó |ní |nic |mac |mc|o')", p.sur.lower() + " "))
        wl = set(NAMES.WORD_SURNAMES["en"].split()) | set(NAMES.WORD_SURNAMES["de"].split())
        word = sum(1 for p in people if p.sur in wl)
        print(" double given %.1f %%, hyphenated surname %.1f %%, particle/Mc/O' %.1f %%, word surname %.1f %%" % tuple(
            100.0 * x / len(people) for x in (dbl, hyph, part, word)))
        # spans with a part in no list
        pspans = [(r["genre"], e["value"]) for r in rs for e in r["entities"] if e["type"] == "PERSON"]
        unk = sum(1 for gen, v in pspans if any(p not in parts and C.fold(p) not in parts for p in C.name_parts(v))
                  and gen != "expedition_diary")
        nod = sum(1 for gen, v in pspans if gen != "expedition_diary")
        print(" PERSON spans outside expedition_diary with a part in no list: %d of %d (%.1f %%)" % (
            unk, nod, 100.0 * unk / nod))
        kinds = Counter()
        for m in meta:
            for sp in m["spans"]:
                lab = sp[4]
                if sp[0] == "PERSON":
                    kinds[lab.kind] += 1
                elif sp[0] == "STREET_ADDRESS":
                    kinds["addr:" + (lab.kind or "?")] += 1
        print(" name and address forms", dict(kinds))
        addr = [e["value"] for r in rs for e in r["entities"] if e["type"] == "STREET_ADDRESS"]
        two = sum(1 for a in addr if "\n" in a)
        one = sum(1 for a in addr if "\n" not in a and re.search(r"\d{4,5}\b|[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}|[A-Z]\d{2} [A-Z0-9]{4}|\b\d{4} [A-Z]{2}\b", a.split(",")[-1] if "," in a else ""))
        print(" addresses %d: two-line %d, one-line with town %d, street alone %d" % (len(addr), two, one, len(addr) - two - one))
        ph = [e["value"] for r in rs for e in r["entities"] if e["type"] == "PHONE"]
        intl = sum(1 for v in ph if v.startswith("+") or v.startswith("00"))
        print(" phones %d, international %d" % (len(ph), intl))
        ib = [e["value"] for r in rs for e in r["entities"] if e["type"] == "IBAN"]
        print(" IBAN %d compact %d; countries %s" % (len(ib), sum(1 for v in ib if " " not in v), dict(Counter(v[:2] for v in ib))))
        cards = [re.sub(r"\D", "", e["value"]) for r in rs for e in r["entities"] if e["type"] == "CREDIT_CARD"]
        print(" cards", dict(Counter(C.card_issuer(c) for c in cards)))
        tx = [e["value"] for r in rs for e in r["entities"] if e["type"] == "DE_TAX_ID"]
        print(" taxid %d grouped %d" % (len(tx), sum(1 for v in tx if " " in v)))
        ips = [e["value"] for r in rs for e in r["entities"] if e["type"] == "IP_ADDRESS"]
        v6 = sum(1 for v in ips if ":" in v)
        import ipaddress
        priv = sum(1 for v in ips if ipaddress.ip_address(v).is_private)
        print(" IP %d, IPv6 %d, private/documentation %d" % (len(ips), v6, priv))
        # prose share: form-like prose texts
        formlike = 0
        prose_n = 0
        for r, m in zip(rs, meta):
            if m["kind"] != "prose":
                continue
            prose_n += 1
            lines = [x for x in r["text"].split("\n") if x.strip()]
            fields = sum(1 for x in lines if re.match(r"^[\w .-]{1,30}: \S", x) or x.startswith("- "))
            if len(lines) >= 3 and fields * 2 >= len(lines):
                formlike += 1
        print(" prose texts %d, form-like among them %d; running prose share of pii texts %.1f %%" % (
            prose_n, formlike, 100.0 * (prose_n - formlike) / len(pii)))
        # wording shared with another text of the genre (spans and digits masked)
        masks = Counter()
        for r in rs:
            t = r["text"]
            for e in sorted(r["entities"], key=lambda e: -e["start"]):
                t = t[:e["start"]] + "#" + t[e["end"]:]
            t = re.sub(r"\d", "0", t)
            masks[(r["genre"], t)] += 1
        shared = sum(v for v in masks.values() if v > 1)
        shared_pii = sum(v for (gen, t), v in masks.items() if v > 1 and "#" in t)
        print(" texts sharing wording with another of their genre: %d (%d with personal data)" % (shared, shared_pii))
        if lang == "de":
            txt = "\n".join(r["text"] for r in rs)
            for w in ("Grüezi", "Servus", "Grüß Gott", "Jänner", "Packerl", "Kassa", "innert", "Velo", "Hoi",
                      "Erlagschein", "Merci", "Znüni", "Jause", "Hochachtungsvoll", "Grüsse"):
                print("  %s: %d texts" % (w, sum(1 for r in rs if w in r["text"])))
            du = sum(1 for r in rs if re.search(r"\b(du|dich|dir|dein|deine|deinen|deinem|kannst)\b", r["text"]))
            sie = sum(1 for r in rs if re.search(r"\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem)\b", r["text"]))
            print("  du-forms in %d texts, Sie-forms in %d texts" % (du, sie))
        gc = Counter(r["genre"] for r in rs)
        print(" genres", dict(gc))
