"""Counts and shares for the README of the thirty-third PII bank, held-out
half (printed by pii33_held.py --stats).  The name-form, form-like and
particle counts are heuristics written for this report."""

import json
import re
import statistics

import pii33_held_core as C
import pii33_held_de as DE
import pii33_held_en as EN
import pii33_held_layouts as LAY
import pii33_held_names as N

NO_CUE = ("community_hike_recap",)


def _in_lists(part):
    return C.fold(part).lower() in C.LISTS.parts_folded


def name_form(v, text, s):
    before = text[max(0, s - 12):s]
    if re.search(r"(Mr|Mrs|Ms|Dr|Herr|Herrn|Frau)\.? $", before):
        return "after honorific"
    if re.fullmatch(r"[^\W\d_][^,]*, [^\W\d_].*", v):
        return "LAST, First" if v.split(",")[0].isupper() and len(v.split(",")[0]) > 1 else "Last, First"
    if re.fullmatch(r"\w\. .+", v):
        return "A. Berger"
    if re.fullmatch(r".+ \w\.", v):
        return "Anna B."
    if v.isupper() and len(v) > 2:
        return "capitals"
    if v.islower():
        return "lower case"
    if " " in v:
        return "full name"
    return "one word"


def report(data, stats):
    recs = [json.loads(x) for x in data.decode("utf-8").splitlines()]
    for lang in ("en", "de"):
        R = [r for r in recs if r["lang"] == lang]
        mod = EN if lang == "en" else DE
        print("==== %s" % lang)
        types = {}
        for r in R:
            for e in r["entities"]:
                types[e["type"]] = types.get(e["type"], 0) + 1
        print("types", types, "all", sum(types.values()))
        pii = [r for r in R if r["entities"]]
        clean = [r for r in R if not r["entities"]]
        lines = [r["text"].count("\n") + 1 for r in pii]
        print("pii texts", len(pii), "lines min %d max %d median %s mean %.1f one-line %d >=10 %d" % (
            min(lines), max(lines), statistics.median(lines), statistics.mean(lines), lines.count(1), sum(1 for x in lines if x >= 10)))
        cl = [r["text"].count("\n") + 1 for r in clean]
        print("clean texts", len(clean), "lines %d-%d one-line %d" % (min(cl), max(cl), cl.count(1)))
        print("extra layout genres", stats["extra"][lang])
        print("redraws", stats["redraws"][lang], "inner", stats["inner"][lang], "fails", {k: v[:3] for k, v in stats["fails"][lang].items()})
        tc = {}
        for r, c in zip(R, stats["text_country"][lang]):
            if r["entities"]:
                tc[c] = tc.get(c, 0) + 1
        print("countries (pii texts)", sorted(tc.items(), key=lambda x: -x[1]))
        reg = {}
        for r, rg in zip(R, stats["text_reg"][lang]):
            if r["genre"] in mod.R.by_genre:
                reg[rg] = reg.get(rg, 0) + 1
        print("register of prose texts (drawn or fixed)", reg)
        # people drawn (accepted renderings)
        ppl = stats["people"][lang]
        orig = {}
        for gname, o, gv, sn, inv, role, allow in ppl:
            orig[o] = orig.get(o, 0) + 1
        tot = len(ppl)
        print("people drawn", tot, "origins", len(orig), sorted(((k, round(100.0 * v / tot, 1)) for k, v in orig.items()), key=lambda x: -x[1])[:14])
        cue = [x for x in ppl if x[6]]
        inv = sum(1 for x in cue if x[4])
        print("invented (people drawn outside the no-cue genre): %d of %d (%.1f %%)" % (inv, len(cue), 100.0 * inv / len(cue)))
        wordsur = set(N.WORD_SURNAMES_EN + N.WORD_SURNAMES_DE)
        ws = sum(1 for x in ppl if any(p in wordsur for p in x[3].split("-")))
        hy = sum(1 for x in ppl if "-" in x[3])
        pa = sum(1 for x in ppl if x[3].split(" ")[0].lower() in N.PARTICLES or re.match(r"(Mc|Mac|O')[A-Z]", x[3]))
        dg = sum(1 for x in ppl if (" " in x[2] or "-" in x[2]) and x[1] not in ("korean", "chinese"))
        dach = sum(1 for x in ppl if x[1] in ("german", "austrian", "swiss"))
        enus = sum(1 for x in ppl if x[1] in ("english", "american"))
        print("word surnames %.1f %%, hyphenated %.1f %%, particles %.1f %%, double given %.1f %%, DACH %.1f %%, English+American %.1f %%" % (
            100.0 * ws / tot, 100.0 * hy / tot, 100.0 * pa / tot, 100.0 * dg / tot, 100.0 * dach / tot, 100.0 * enus / tot))
        # spans: invented share on the file
        nsp = 0
        ninv = 0
        nsp_nc = 0
        ninv_nc = 0
        forms = {}
        for r in R:
            for e in r["entities"]:
                if e["type"] != "PERSON":
                    continue
                parts = C.name_parts(e["value"])
                unk = any(not _in_lists(p) for p in parts)
                if r["genre"] in NO_CUE:
                    nsp_nc += 1
                    ninv_nc += unk
                else:
                    nsp += 1
                    ninv += unk
                f = name_form(e["value"], r["text"], e["start"])
                forms[f] = forms.get(f, 0) + 1
        print("PERSON spans with a part in no list: %d of %d (%.1f %%); no-cue genre %d of %d" % (ninv, nsp, 100.0 * ninv / nsp, ninv_nc, nsp_nc))
        print("name forms", sorted(forms.items(), key=lambda x: -x[1]))
        # values
        ip6 = privdoc = 0
        ib_c = ib_g = 0
        tax_g = 0
        intl = nph = 0
        a2 = a1 = ast = 0
        cards = {}
        for r in R:
            for e in r["entities"]:
                v = e["value"]
                if e["type"] == "IP_ADDRESS":
                    import ipaddress
                    ip = ipaddress.ip_address(v)
                    ip6 += ip.version == 6
                    privdoc += (ip.is_private or v.startswith("2001:db8"))
                elif e["type"] == "IBAN":
                    if " " in v:
                        ib_g += 1
                    else:
                        ib_c += 1
                elif e["type"] == "DE_TAX_ID":
                    tax_g += " " in v
                elif e["type"] == "PHONE":
                    nph += 1
                    intl += v.startswith("+") or v.startswith("00")
                elif e["type"] == "STREET_ADDRESS":
                    if "\n" in v:
                        a2 += 1
                    elif re.search(r"\d{4,5}|[A-Z]{1,2}\d{1,2} \d[A-Z]{2}|[A-Z]\d{2} [A-Z0-9]{4}|, [A-Z]{2} \d{5}", v.split(",", 1)[-1]) and "," in v or "$" in v:
                        a1 += 1
                    else:
                        ast += 1
                elif e["type"] == "CREDIT_CARD":
                    iss = C.card_issuer(re.sub(r"\D", "", v))
                    cards[iss] = cards.get(iss, 0) + 1
        print("IPv6 %d, private/doc %d; IBAN compact %d grouped %d; taxid grouped %d; phones intl %d of %d; addr two-line %d one-line %d street alone %d; cards %s" % (
            ip6, privdoc, ib_c, ib_g, tax_g, intl, nph, a2, a1, ast, cards))
        # prose share and form-like prose
        prose = [r for r in pii if r["genre"] in mod.R.by_genre]
        formlike = 0
        for r in prose:
            ls = [x for x in r["text"].split("\n") if x.strip()]
            fl = [x for x in ls if re.match(r"^([-•*]|\d+\.|[\w .’'-]{1,24}:\s)", x) and not re.match(r"^\d\d?:\d\d", x)]
            if len(ls) >= 3 and len(fl) * 2 >= len(ls):
                formlike += 1
        print("prose genre texts %d, form-like %d, layouts %d" % (len(prose), formlike, len(pii) - len(prose)))
        if lang == "de":
            for w in ("Grüezi", "Servus", "Jänner", "Hoi ", "Packerl", "Kassa", "Natel", "Grüsse", "heuer", "Baba", "Grüß Gott", "En Gruess", "Merci"):
                print("  %s: %d texts" % (w, sum(1 for r in R if w in r["text"])))
            print("  compounds (-Hose, -Akte, -Beschwerde, -Lieferung):", sum(1 for r in R for e in r["entities"] if e["type"] == "PERSON" and r["text"][e["end"]:e["end"] + 1] == "-"))
            print("  genitive s after a given name:", sum(1 for r in R for e in r["entities"] if e["type"] == "PERSON" and r["text"][e["end"]:e["end"] + 2] in ("s ", "’ ")))
        # duplicates of wording
        masked = {}
        for r in R:
            t = list(r["text"])
            for e in r["entities"]:
                for k in range(e["start"], e["end"]):
                    t[k] = "#"
            m = re.sub(r"#+", "#", re.sub(r"\d", "0", "".join(t)))
            masked.setdefault((r["genre"], m), []).append(r)
        same = sum(len(v) for v in masked.values() if len(v) > 1)
        same_pii = sum(len([x for x in v if x["entities"]]) for v in masked.values() if len(v) > 1)
        print("texts sharing wording with another text of their genre: %d (%d with personal data)" % (same, same_pii))
        tpl = sum(len(v) for v in mod.R.by_genre.values())
        print("templates: prose %d, layouts %d, clean %d" % (tpl, sum(len(v) for v in LAY.R.by_genre.values()), sum(len(v) for v in mod.CLEAN.by_genre.values())))
        fixed = [(f.__name__, f.country, f.reg) for v in mod.R.by_genre.values() for f in v if f.country or f.reg]
        print("fixed templates", fixed)
    print("distinct given names %d, surnames %d, origins %d" % (len(C.LISTS.all_given), len(C.LISTS.all_sur), len(N.ORIGINS)))
