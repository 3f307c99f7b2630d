"""Composite slots of the second PII bank: pieces of text written in Python because they repeat
rows or vary their layout (mail headers, exports, guest lists, sign-up logs).

Every composite takes its layout from `ctx.pick(variants)`, which sees only one half of the list
(even positions: dev2, odd: heldout2), so the two splits share no layout.
"""

from bank2_core import MON_SHORT_EN, MONTHS, WD_SHORT, WEEKDAYS, distractor2

# subjects per topic of a thread (a template names its topic in the slot: {x.qhdr.p1.60.invoice})
SUBJECTS = {
    "en": {
        "return": ["Re: Replacement for order {d.order}", "Re: Broken zip", "RE: Faulty item – order {d.order}"],
        "wholesale": ["Re: Wholesale order {d.order}", "RE: Stockist enquiry", "Re: Delivery slot for PO {d.order}"],
        "invoice": ["Re: Invoice {d.invoice}", "RE: Wrong address on invoice", "Re: Your invoice"],
        "delivery": ["Re: Missing parcel {d.order}", "Re: Where is my order?", "RE: Delivery {d.tracking}"],
        "refund": ["Re: Refund for order {d.order}", "RE: Still no refund", "Re: Your refund"],
        "supplier": ["Re: Shipment delay", "AW: Liefertermin PO {d.order}", "Re: Delivery date"],
        "shoot": ["Re: Shoot next week", "Re: Lookbook shoot", "Re: Studio"],
        "press": ["Sample request", "Press sample – group test", "Test samples"],
        "ooo": ["Automatic reply: {d.order}", "Out of office", "Automatic reply"],
        "data": ["Subject access request", "GDPR request", "Request for my personal data"],
    },
    "de": {
        "return": ["AW: Ersatz für Bestellung {d.order}", "AW: Reißverschluss kaputt", "AW: Reklamation {d.order}"],
        "wholesale": ["AW: Bestellung {d.order}", "AW: Händleranfrage", "AW: Anliefertermin Auftrag {d.order}"],
        "invoice": ["AW: Rechnung {d.invoice}", "AW: Falsche Adresse auf der Rechnung", "AW: Ihre Rechnung"],
        "delivery": ["AW: Paket nicht angekommen {d.order}", "AW: Wo bleibt meine Bestellung?", "AW: Sendung {d.tracking}"],
        "refund": ["AW: Erstattung Bestellung {d.order}", "AW: Immer noch keine Erstattung", "AW: Ihre Erstattung"],
        "supplier": ["RE: Shipment delay", "RE: Delivery date PO {d.order}", "AW: Lieferverzug"],
        "shoot": ["AW: Shooting nächste Woche", "AW: Lookbook-Shooting", "AW: Studio"],
        "press": ["Musteranfrage", "Testmuster Vergleichstest", "Anfrage Pressemuster"],
        "ooo": ["Automatische Antwort: {d.order}", "Abwesenheitsnotiz", "Automatische Antwort"],
        "data": ["Auskunftsersuchen nach Art. 15 DSGVO", "Auskunft über meine Daten", "DSGVO-Anfrage"],
    },
}


def _shop_addr(ctx, lang=None):
    return ctx.rng.choice(["service@talgrat.de", "kundenservice@talgrat.de", "info@talgrat.at", "presse@talgrat.de"] if (lang or ctx.lang) == "de" else ["support@talgrat.com", "hello@talgrat.com", "wholesale@talgrat.com", "press@talgrat.com"])


def _args(ctx, rest):
    lang = next((a for a in rest if a in ("de", "en")), ctx.lang)
    topic = next((a for a in rest if a not in ("de", "en")), "delivery")
    return lang, topic


def qhdr(ctx, key="p1", back="90", *rest):
    """The attribution line (or header block) above a quoted message by person `key`; the rest of
    the slot names the thread's topic (its subject line) and, when it differs from the text's,
    the language of the mail client that wrote the header."""
    p = ctx.person(key)
    w = ctx.when(-int(back))
    lang, topic = _args(ctx, rest)
    de = lang == "de"
    subj = ctx.sub(ctx.rng.choice(SUBJECTS[lang][topic]))
    to = [(_shop_addr(ctx, lang), "EMAIL")]
    em = p.forms(ctx.rng.choice(["email", "email", "wemail"]), ctx)
    if not de:
        wd, mon = WD_SHORT["en"][w.weekday()], MON_SHORT_EN[w.month - 1]
        h12 = f"{w.hour % 12 or 12}:{w.minute:02d} {'AM' if w.hour < 12 else 'PM'}"
        v = ctx.pick([
            lambda: [(f"On {wd}, {w.day} {mon} {w.year} at {w.hour:02d}:{w.minute:02d}, ", None), *p.forms("full", ctx), (" <", None), *em, ("> wrote:", None)],
            lambda: [("-----Original Message-----\nFrom: ", None), *p.forms("disp", ctx), (" <", None), *em, (f">\nSent: {WEEKDAYS['en'][w.weekday()]}, {MONTHS['en'][w.month - 1]} {w.day}, {w.year} {h12}\nTo: ", None), *to, ("\nSubject: ", None), *subj],
            lambda: [(f"On {wd}, {mon} {w.day}, {w.year} at {h12} ", None), *p.forms("full", ctx), (" <", None), *em, ("> wrote:", None)],
            lambda: [("From: ", None), *p.forms("full", ctx), (" [mailto:", None), *em, (f"]\nSent: {w.day:02d} {MONTHS['en'][w.month - 1]} {w.year} {w.hour:02d}:{w.minute:02d}\nTo: ", None), *to, ("\nSubject: ", None), *subj],
            lambda: [(f"On {w.day:02d}/{w.month:02d}/{w.year} {w.hour:02d}:{w.minute:02d}, ", None), *p.forms("full", ctx), (" wrote:", None)],
            lambda: [(f"{w.year}-{w.month:02d}-{w.day:02d} {w.hour:02d}:{w.minute:02d} GMT+01:00 ", None), *p.forms("full", ctx), (" <", None), *em, (">:", None)],
        ])
    else:
        wd, mon = WD_SHORT["de"][w.weekday()], MONTHS["de"][w.month - 1]
        v = ctx.pick([
            lambda: [(f"Am {wd}, {w.day}. {mon} {w.year} um {w.hour:02d}:{w.minute:02d} Uhr schrieb ", None), *p.forms("full", ctx), (" <", None), *em, (">:", None)],
            lambda: [("Von: ", None), *p.forms("disp", ctx), (" <", None), *em, (f">\nGesendet: {WEEKDAYS['de'][w.weekday()]}, {w.day}. {mon} {w.year} {w.hour:02d}:{w.minute:02d}\nAn: ", None), *to, ("\nBetreff: ", None), *subj],
            lambda: [(f"Am {w.day:02d}.{w.month:02d}.{w.year} um {w.hour:02d}:{w.minute:02d} schrieb ", None), *p.forms("full", ctx), (":", None)],
            lambda: [("-----Ursprüngliche Nachricht-----\nVon: ", None), *p.forms("full", ctx), (" [mailto:", None), *em, (f"]\nGesendet: {w.day:02d}.{w.month:02d}.{w.year} {w.hour:02d}:{w.minute:02d}\nAn: ", None), *to, ("\nBetreff: ", None), *subj],
            lambda: [(f"Am {w.day}. {mon} {w.year} um {w.hour:02d}:{w.minute:02d}:{w.minute // 2:02d} MEZ schrieb ", None), *p.forms("full", ctx), (" <", None), *em, (">:", None)],
            lambda: [*p.forms("full", ctx), (" <", None), *em, (f"> schrieb am {wd}, {w.day:02d}.{w.month:02d}.{w.year % 100:02d} {w.hour:02d}:{w.minute:02d}:", None)],
        ])
    return v()


def fwd(ctx, key="p1", to_key="p2", back="300", *rest):
    """A forwarded-message header block: from `key` to `to_key` (a colleague at the shop)."""
    p, q = ctx.person(key), ctx.person(to_key)
    w = ctx.when(-int(back))
    _, topic = _args(ctx, rest)
    de = ctx.lang == "de"
    subj = ctx.sub(ctx.rng.choice(SUBJECTS[ctx.lang][topic]).replace("Re: ", "").replace("AW: ", "").replace("RE: ", ""))
    em = p.forms(ctx.rng.choice(["email", "wemail"]), ctx)
    qe = q.forms("shopemail", ctx)  # forwarded to a colleague at the shop
    if not de:
        mon = MONTHS["en"][w.month - 1]
        v = ctx.pick([
            lambda: [("---------- Forwarded message ---------\nFrom: ", None), *p.forms("full", ctx), (" <", None), *em, (f">\nDate: {WD_SHORT['en'][w.weekday()]}, {w.day} {MON_SHORT_EN[w.month - 1]} {w.year} at {w.hour:02d}:{w.minute:02d}\nSubject: ", None), *subj, ("\nTo: ", None), *q.forms("full", ctx), (" <", None), *qe, (">", None)],
            lambda: [("Begin forwarded message:\n\nFrom: ", None), *p.forms("full", ctx), (" <", None), *em, ("\u003e\nSubject: ", None), *subj, (f"\nDate: {w.day} {mon} {w.year} at {w.hour:02d}:{w.minute:02d}:{w.minute // 3:02d} GMT\nTo: ", None), *qe],
            lambda: [("________________________________\nFrom: ", None), *p.forms("full", ctx), (f"\nSent: {WEEKDAYS['en'][w.weekday()]}, {mon} {w.day}, {w.year} {w.hour % 12 or 12}:{w.minute:02d} {'AM' if w.hour < 12 else 'PM'}\nTo: ", None), *q.forms("full", ctx), ("\nSubject: ", None), *subj],
            lambda: [("-------- Forwarded Message --------\nSubject: \t", None), *subj, (f"\nDate: \t{WD_SHORT['en'][w.weekday()]}, {w.day} {MON_SHORT_EN[w.month - 1]} {w.year} {w.hour:02d}:{w.minute:02d}:11 +0000\nFrom: \t", None), *p.forms("full", ctx), (" <", None), *em, (">\nTo: \t", None), *qe],
        ])
    else:
        mon = MONTHS["de"][w.month - 1]
        v = ctx.pick([
            lambda: [("---------- Weitergeleitete Nachricht ---------\nVon: ", None), *p.forms("full", ctx), (" <", None), *em, (f">\nDate: {WD_SHORT['de'][w.weekday()]}, {w.day}. {mon} {w.year} um {w.hour:02d}:{w.minute:02d} Uhr\nSubject: ", None), *subj, ("\nTo: ", None), *qe],
            lambda: [("Anfang der weitergeleiteten Nachricht:\n\nVon: ", None), *p.forms("full", ctx), (" <", None), *em, (">\nBetreff: ", None), *subj, (f"\nDatum: {w.day}. {mon} {w.year} um {w.hour:02d}:{w.minute:02d}:{w.minute // 3:02d} MEZ\nAn: ", None), *q.forms("full", ctx), (" <", None), *qe, (">", None)],
            lambda: [("________________________________\nVon: ", None), *p.forms("lastfirst", ctx), (f"\nGesendet: {WEEKDAYS['de'][w.weekday()]}, {w.day}. {mon} {w.year} {w.hour:02d}:{w.minute:02d}\nAn: ", None), *q.forms("lastfirst", ctx), ("\nBetreff: ", None), *subj],
            lambda: [("-------- Weitergeleitete Nachricht --------\nBetreff: \t", None), *subj, (f"\nDatum: \t{WD_SHORT['de'][w.weekday()].rstrip('.')}, {w.day} {MON_SHORT_EN[w.month - 1]} {w.year} {w.hour:02d}:{w.minute:02d}:42 +0100\nVon: \t", None), *p.forms("full", ctx), (" <", None), *em, (">\nAn: \t", None), *qe],
        ])
    return v()


# ---------------------------------------------------------------- tables

COLS = {
    "en": {
        "name": ["Name", "Full name", "contact_name", "Customer"], "first": ["First name", "first_name", "Given name"],
        "last": ["Last name", "last_name", "Surname"], "email": ["Email", "E-mail", "email_address", "Email Address"],
        "phone": ["Phone", "phone", "Mobile", "Tel"], "street": ["Street", "Address line 1", "address1", "Address"],
        "zip": ["Postcode", "ZIP", "zip", "Post code"], "town": ["City", "Town", "city"], "company": ["Company", "Organisation", "company"],
        "date": ["Signed up", "Created", "created_at", "Date"], "status": ["Status", "status", "Stage"], "source": ["Source", "lead_source", "Channel"],
        "amount": ["Amount", "Order value", "LTV"], "custno": ["Customer no", "cust_id", "Account"], "country": ["Country", "country"],
    },
    "de": {
        "name": ["Name", "Kunde", "Ansprechpartner", "Kontakt"], "first": ["Vorname", "vorname", "Vorname(n)"],
        "last": ["Nachname", "nachname", "Familienname"], "email": ["E-Mail", "Email", "E-Mail-Adresse", "mail"],
        "phone": ["Telefon", "Tel.", "Mobil", "Rufnummer"], "street": ["Straße", "Strasse", "Anschrift", "Straße/Nr."],
        "zip": ["PLZ", "Postleitzahl", "plz"], "town": ["Ort", "Stadt", "Wohnort"], "company": ["Firma", "Unternehmen", "Organisation"],
        "date": ["Angelegt", "Datum", "Anmeldung", "erstellt_am"], "status": ["Status", "Stufe", "Phase"], "source": ["Quelle", "Kanal", "Herkunft"],
        "amount": ["Umsatz", "Bestellwert", "Betrag"], "custno": ["Kd.-Nr.", "Kundennummer", "KdNr"], "country": ["Land", "land"],
    },
}
STATUS = {"en": ["new", "contacted", "qualified", "won", "lost", "nurture", "opted in"], "de": ["neu", "kontaktiert", "qualifiziert", "gewonnen", "verloren", "Nachfassen", "angemeldet"]}
SOURCE = {"en": ["website", "trade fair", "referral", "newsletter", "Instagram", "cold call"], "de": ["Website", "Messe", "Empfehlung", "Newsletter", "Instagram", "Kaltakquise"]}

# column sets (the split uses one half of them)
COLSETS = [
    ["name", "email", "phone", "town", "status"],
    ["last", "first", "email", "company", "source"],
    ["custno", "name", "street", "zip", "town", "phone"],
    ["email", "first", "last", "date", "source"],
    ["date", "name", "company", "phone", "amount"],
    ["first", "last", "street", "zip", "town", "country", "email"],
    ["name", "phone", "email", "custno", "status"],
    ["company", "name", "email", "phone", "date"],
    ["last", "first", "phone", "street", "town"],
    ["email", "name", "date", "status", "amount"],
]


def _cell(ctx, col, key, sep):
    p = ctx.person(key)
    a = ctx.address("a" + key)
    rng = ctx.rng
    de = ctx.lang == "de"
    if col == "name":
        if rng.random() < 0.2:
            txt = f"{p.last}, {p.first}"
            if sep == "," or rng.random() < 0.5:
                return [('"', None), (txt, "PERSON"), ('"', None)]
            return [(txt, "PERSON")]
        return p.forms(rng.choice(["full", "full", "full", "upper" if rng.random() < 0.2 else "full"]), ctx)
    if col == "first":
        return [(p.first, "PERSON")]
    if col == "last":
        return [(p.last, "PERSON")]
    if col == "email":
        return p.forms(rng.choice(["email", "email", "email", "wemail"]), ctx)
    if col == "phone":
        v = p.phone()
        if sep == "," and "," in v:
            return [('"', None), (v, "PHONE"), ('"', None)]
        return [(v, "PHONE")]
    if col == "street":
        v = a.street
        if sep in v or (sep == "," and "," in v):
            return [('"', None), (v, "STREET_ADDRESS"), ('"', None)]
        return [(v, "STREET_ADDRESS")]
    if col == "zip":
        return [(a.zip, None)]
    if col == "town":
        t = a.town
        return [(f'"{t}"' if sep in t else t, None)]
    if col == "country":
        return [(a.country_name, None)]
    if col == "company":
        from bank2_core import COMPANIES

        c = rng.choice(COMPANIES[ctx.lang])[0] if rng.random() < 0.7 else ""
        return [(f'"{c}"' if sep in c else c, None)]
    if col == "date":
        v = distractor2("date", rng, ctx.lang)
        return [(f'"{v}"' if sep in v else v, None)]
    if col == "status":
        return [(rng.choice(STATUS[ctx.lang]), None)]
    if col == "source":
        return [(rng.choice(SOURCE[ctx.lang]), None)]
    if col == "amount":
        v = distractor2("amount", rng, ctx.lang)
        return [(f'"{v}"' if sep in v else v, None)]
    if col == "custno":
        return [(distractor2("customer", rng, ctx.lang), None)]
    raise KeyError(col)


def table(ctx, rows=None):
    """A CSV/TSV/semicolon/pipe export with a header row; rows are people p11, p12 ..."""
    rng = ctx.rng
    cols = list(ctx.pick(COLSETS))
    sep = ctx.pick([",", ";", "\t", "|", ",", "\t"]) if ctx.lang == "en" else ctx.pick([";", ",", "\t", "|", ";", "\t"])
    if rng.random() < 0.3 and "status" in cols:
        cols.remove("status")
    heads = [rng.choice(COLS[ctx.lang][c]) for c in cols]
    if rng.random() < 0.25:
        heads = [h.lower().replace(" ", "_").replace(".", "").replace("-", "_") for h in heads]
    joiner = f" {sep} " if sep == "|" else sep
    out = [(joiner.join(heads) + "\n", None)]
    n = int(rows) if rows else rng.randint(2, 6)
    for i in range(n):
        key = f"p{11 + i}"
        for j, c in enumerate(cols):
            if j:
                out.append((joiner, None))
            out.extend(_cell(ctx, c, key, sep))
        if i < n - 1:
            out.append(("\n", None))
    return out


def guests(ctx, n=None):
    """An event guest list, one guest per line, in one of several list styles."""
    rng = ctx.rng
    de = ctx.lang == "de"
    n = int(n) if n else rng.randint(3, 7)
    style = ctx.pick(["num", "dash", "table", "checkbox", "plusone", "bullet"])
    diet_de = ["vegetarisch", "vegan", "glutenfrei", "", "", "", "keine Nüsse", "kommt später"]
    diet_en = ["vegetarian", "vegan", "gluten-free", "", "", "", "nut allergy", "arriving late"]
    out = []
    for i in range(n):
        p = ctx.person(f"p{21 + i}")
        diet = rng.choice(diet_de if de else diet_en)
        if style == "num":
            out += [(f"{i + 1}. ", None), *p.forms(rng.choice(["full", "full", "lastfirst"]), ctx)]
            if diet:
                out.append((f" ({diet})", None))
        elif style == "dash":
            out += [("- ", None), *p.forms(rng.choice(["full", "honfull" if rng.random() < 0.5 else "full"]), ctx)]
            if rng.random() < 0.4:
                out += [(" – ", None), *p.forms("wemail", ctx)]
        elif style == "table":
            out += [(f"{i + 1}\t", None), *p.forms("last", ctx), ("\t", None), *p.forms("firsts", ctx), (f"\t{rng.choice(['ja', 'nein', 'vielleicht']) if de else rng.choice(['yes', 'no', 'maybe'])}", None)]
        elif style == "checkbox":
            out += [(rng.choice(["[x] ", "[ ] ", "[x] "]), None), *p.forms(rng.choice(["full", "upperlast"]), ctx)]
            if diet:
                out.append((f" – {diet}", None))
        elif style == "plusone":
            out += [*p.forms("full", ctx)]
            if rng.random() < 0.35:
                q = ctx.person(f"p{41 + i}")
                out += [(" + " if rng.random() < 0.5 else (" und " if de else " and "), None), *q.forms("first", ctx)]
            out.append((f", {rng.choice(['Tisch', 'Tisch']) if de else 'table'} {rng.randint(1, 12)}", None))
        else:
            out += [("• ", None), *p.forms("full", ctx), (", ", None), *p.forms("phone", ctx)]
        if i < n - 1:
            out.append(("\n", None))
    return out


def signups(ctx, n=None):
    """Newsletter sign-up log lines: timestamp, event, address, IP, source."""
    rng = ctx.rng
    n = int(n) if n else rng.randint(2, 5)
    style = ctx.pick(["kv", "tab", "bracket", "json", "apache", "pipe"])
    out = []
    step = 0
    for i in range(n):
        p = ctx.person(f"p{31 + i}")
        step += rng.randint(1, 40) if i else 0
        t = ctx.when(step)
        ts = t.strftime("%Y-%m-%dT%H:%M:") + f"{rng.randint(0, 59):02d}" + rng.choice(["Z", "+01:00", ".%03dZ" % rng.randint(0, 999)])
        ev = rng.choice(["subscribe", "confirm", "subscribe", "unsubscribe", "doi_sent"])
        ipv = ctx.resolve("ip")
        em = p.forms("email", ctx)
        src = rng.choice(["footer", "popup", "checkout", "gewinnspiel", "landing/herbst", "blog"])
        if style == "kv":
            out += [(f"{ts} event={ev} email=", None), *em, (" ip=", None), *ipv, (f" list=newsletter-{ctx.lang} source={src}", None)]
        elif style == "tab":
            out += [(f"{ts}\t{ev}\t", None), *em, ("\t", None), *ipv, (f"\t{src}", None)]
        elif style == "bracket":
            out += [(f"[{t.strftime('%d.%m.%Y %H:%M')}] {ev.upper()} ", None), *em, (" von ", None) if ctx.lang == "de" else (" from ", None), *ipv, (f" ({src})", None)]
        elif style == "json":
            out += [(f'{{"ts": "{ts}", "type": "{ev}", "email": "', None), *em, ('", "ip": "', None), *ipv, (f'", "consent": true, "src": "{src}"}}', None)]
        elif style == "apache":
            out += [*ipv, (f' - - [{t.strftime("%d/%b/%Y:%H:%M:%S")} +0100] "POST /newsletter/{ev} HTTP/1.1" 200 512 email=', None), *em]
        else:
            out += [(f"{t.strftime('%Y-%m-%d %H:%M')} | {ev:<11} | ", None), *em, (" | ", None), *ipv, (f" | {src}", None)]
        if i < n - 1:
            out.append(("\n", None))
    return out


def attendees(ctx, n=None):
    """The attendee line(s) of meeting minutes."""
    rng = ctx.rng
    de = ctx.lang == "de"
    n = int(n) if n else rng.randint(3, 5)
    style = ctx.pick(["comma", "lines", "roles", "email", "semicolon", "mixed"])
    ppl = [ctx.person(f"p{i + 1}") for i in range(n)]
    roles_de = ["Vertrieb", "Marketing", "Einkauf", "Protokoll", "Agentur", "Geschäftsführung", "Logistik"]
    roles_en = ["Sales", "Marketing", "Buying", "minutes", "agency", "MD", "Ops"]
    out = []
    for i, p in enumerate(ppl):
        if style == "comma":
            out += p.forms("full", ctx)
            out.append((", " if i < n - 1 else "", None))
        elif style == "lines":
            out += [("\n- ", None), *p.forms("full", ctx)]
        elif style == "roles":
            out += [*p.forms("full", ctx), (f" ({rng.choice(roles_de if de else roles_en)})", None), (", " if i < n - 1 else "", None)]
        elif style == "email":
            out += [*p.forms("full", ctx), (" <", None), *p.forms(rng.choice(["wemail", "shopemail"]), ctx), (">", None), (", " if i < n - 1 else "", None)]
        elif style == "semicolon":
            out += [*p.forms("lastfirst", ctx), ("; " if i < n - 1 else "", None)]
        else:
            f = rng.choice(["hon", "full", "full"])
            out += [*p.forms(f, ctx), (", " if i < n - 1 else "", None)]
    return out


COMPOSITES = {"qhdr": qhdr, "fwd": fwd, "table": table, "guests": guests, "signups": signups, "attendees": attendees}
