"""Machine layouts of the twentieth PII bank, dev half: lead lists, feed rows, JSON, YAML, HTML
forms, SQL, access logs, mail headers, vCards, iCalendar and OCR scans. Each builder takes the
language and returns a list of templates (strings or functions of rng); field names, messages
and notes are written per language."""

import random


def _rows(rng, lo, hi):
    return list(range(1, rng.randint(lo, hi) + 1))


# ----------------------------------------------------------------- lead lists (CSV)

def lead_csv(lang):
    de = lang == "de"

    def t1(rng):
        head = "Nachname;Vorname;E-Mail;Telefon;PLZ;Ort;Quelle" if de else "last_name,first_name,email,phone,postcode,city,source"
        sep = ";" if de else ","
        src = ["Messe OutDoor", "Newsletter", "Gewinnspiel", "Kletterhalle", "Website"] if de else \
              ["trade show", "newsletter", "giveaway", "climbing gym", "website"]
        lines = [head]
        for k in _rows(rng, 3, 6):
            lines.append(sep.join([f"«p{k}.last»", f"«p{k}.first»", f"«p{k}.email»", f"«ph{k}»",
                                   f"«a{k}.plz»", f"«a{k}.town»", rng.choice(src)]))
        return "\n".join(lines)

    def t2(rng):
        head = '"Name","E-Mail","Firma","Status"' if de else '"Name","Email","Company","Status"'
        st = ["neu", "kontaktiert", "Angebot", "kalt"] if de else ["new", "contacted", "quote sent", "cold"]
        firm = ["Alpenverein Sektion Nord", "Kletterhalle Südwand", "Bergschule Höhenluft", "–"] if de else \
               ["Peak District Ramblers", "Northside Climbing Wall", "Trailhead Club", "-"]
        lines = [head] + [f'"«p{k}.lf»","«p{k}.email»","{rng.choice(firm)}","{rng.choice(st)}"' for k in _rows(rng, 3, 6)]
        pre = rng.choice(["", "Export Leads ((Q2|Juni|KW 23))\n" if de else "Leads export ((Q2|June|wk 23))\n"])
        return pre + "\n".join(lines)

    def t3(rng):
        head = "NAME | TEL | ORT" if de else "NAME | PHONE | TOWN"
        lines = [head] + [f"«p{k}.LF» | «ph{k}» | «a{k}.town»" for k in _rows(rng, 3, 5)]
        return "\n".join(lines)

    def t4(rng):
        head = "id,name,email,opt_in,created" if not de else "id;name;email;einwilligung;angelegt"
        sep = "," if not de else ";"
        lines = [head]
        for k in _rows(rng, 2, 6):
            lines.append(sep.join([str(rng.randint(1000, 9999)), f"«p{k}.full»", f"«p{k}.email»",
                                   rng.choice(["true", "false", "1", "0"]), "«iso%d»" % k]))
        return "\n".join(lines)

    def t5(rng):
        lines = ["Nachname, Vorname\tStraße\tTelefon" if de else "Surname, Given\tStreet\tPhone"]
        lines += [f"«p{k}.lf»\t«a{k}.street»\t«ph{k}»" for k in _rows(rng, 2, 5)]
        return "\n".join(lines)

    return [t1, t2, t3, t4, t5]


# ----------------------------------------------------------------- feed rows with a contact

def feed_row(lang):
    de = lang == "de"

    def t1(rng):
        head = "id\ttitle\tprice\tgtin\tcontact_name\tcontact_email"
        rows = [head]
        for k in _rows(rng, 1, 3):
            rows.append(f"«sku{k}»\t«prod{k}»\t«price{k}»\t«gtin{k}»\t«p{k}.full»\t«p{k}.wmail»")
        return "\n".join(rows)

    def t2(rng):
        h = "| SKU | Titel | Preis | Ansprechpartner | Telefon |" if de else "| SKU | Title | Price | Contact | Phone |"
        rows = [h, "|---|---|---|---|---|"]
        for k in _rows(rng, 2, 4):
            rows.append(f"| «sku{k}» | «prod{k}» | «price{k}» | «p{k}.full» | «ph{k}» |")
        return ("((Feed-Korrektur, bitte prüfen:\n|))" if de else "((Feed fixes, please check:\n|))") + "\n".join(rows)

    def t3(rng):
        h = "sku;gtin;titel;lieferant_kontakt;tel" if de else "sku;gtin;title;supplier_contact;tel"
        rows = [h] + [f"«sku{k}»;«gtin{k}»;«prod{k}»;«p{k}.lf»;«ph{k}»" for k in _rows(rng, 2, 4)]
        return "\n".join(rows)

    def t4(rng):
        k = 1
        return (f"<item>\n  <g:id>«sku»</g:id>\n  <title>«prod»</title>\n  <g:price>«price»</g:price>\n"
                f"  <g:gtin>«gtin»</g:gtin>\n  <!-- ((Datenpflege|Redaktion)): «p1.full», «p1.wmail» -->\n</item>"
                if de else
                f"<item>\n  <g:id>«sku»</g:id>\n  <title>«prod»</title>\n  <g:price>«price»</g:price>\n"
                f"  <g:gtin>«gtin»</g:gtin>\n  <!-- ((maintained by|owner)): «p1.full» («p1.wmail») -->\n</item>")

    return [t1, t2, t3, t4]


# ----------------------------------------------------------------- JSON

def json_export(lang):
    de = lang == "de"
    note = "Rückruf erbeten" if de else "asked for a call back"
    return [
        '{\n  "customer": {\n    "name": "«p1.full»",\n    "email": "«p1.email»",\n    "phone": "«ph1»"\n  },\n'
        '  "order": "«order»",\n  "total": "«price»"\n}',
        '{"id": ((4711|9082|1337)), "first_name": "«p1.first»", "last_name": "«p1.last»", "address": '
        '{"street": "«a1.street»", "zip": "«a1.plz»", "city": "«a1.town»", "country": "«a1.cc»"}, "newsletter": ((true|false))}',
        '[\n  {"author": "«p1.full»", "rating": ((5|4)), "sku": "«sku»"},\n  {"author": "«p2.fi»", "rating": ((3|2|5)), '
        '"sku": "«sku2»"}\n]',
        '{"event": "checkout", "ip": "«ip»", "user": {"email": "«p1.email»", "name": "«p1.full»"}, '
        '"payment": {"iban": "«iban»"}, "ts": "«iso»T«time»:00Z"}',
        '{\n  "ticket": "«ticket»",\n  "requester": "«p1.lf»",\n  "assignee": "«p2.full»",\n  "shipping_address": "«a1.line»",\n'
        f'  "note": "{note}"\n}}',
    ]


# ----------------------------------------------------------------- YAML

def yaml_record(lang):
    de = lang == "de"
    if de:
        return [
            "kunde:\n  name: «p1.full»\n  telefon: \"«ph1»\"\n  adresse: «a1.line»\nbestellung: «order»\nnotiz: Expressversand gewünscht",
            "webhook: order.refunded\ndata:\n  order_id: «order»\n  refund_to:\n    kontoinhaber: «p1.full»\n    iban: «iban»\n  betrag: «price»",
            "- name: «p1.full»\n  rolle: Fotografin\n  mail: «p1.wmail»\n- name: «p2.full»\n  rolle: Model\n  tel: «ph2»",
            "kontakt:\n  vorname: «p1.first»\n  nachname: «p1.last»\n  steuer_id: «tax»\n  ort: «a1.town»",
            "# Mitgliederaktion\nmitglied: «p1.lf»\nsektion: ((DAV|ÖAV|SAC))\nmail: «p1.email»\nstrasse: «a1.street»",
        ]
    return [
        "customer:\n  name: «p1.full»\n  phone: \"«ph1»\"\n  address: «a1.line»\norder: «order»\nnote: express shipping requested",
        "webhook: order.refunded\ndata:\n  order_id: «order»\n  refund_to:\n    account_holder: «p1.full»\n    iban: «iban»\n  amount: «price»",
        "- name: «p1.full»\n  role: photographer\n  email: «p1.wmail»\n- name: «p2.full»\n  role: model\n  phone: «ph2»",
        "contact:\n  given_name: «p1.first»\n  family_name: «p1.last»\n  card_on_file: \"«card»\"\n  town: «a1.town»",
        "# ambassador programme\nambassador: «p1.lf»\nhandle: \"«p1.handle»\"\nemail: «p1.email»\nstreet: «a1.street»",
    ]


# ----------------------------------------------------------------- HTML forms

def html_form(lang):
    de = lang == "de"
    if de:
        return [
            '<form action="/retoure" method="post">\n  <label>Name</label>\n  <input name="name" value="«p1.full»">\n'
            '  <label>E-Mail</label>\n  <input type="email" name="mail" value="«p1.email»">\n'
            '  <input type="hidden" name="order" value="«order»">\n</form>',
            '<div class="field"><span>Lieferadresse</span><p>«a1.line»</p></div>\n'
            '<div class="field"><span>Empfänger</span><p>«p1.full»</p></div>\n<div class="field"><span>Telefon</span><p>«ph1»</p></div>',
            '<input name="vorname" value="«p1.first»"> <input name="nachname" value="«p1.last»">\n'
            '<input name="iban" value="«iban»">\n<input name="datum" value="«date»">',
            '<tr><td>Besteller</td><td>«p1.full»</td></tr>\n<tr><td>Telefon</td><td>«ph1»</td></tr>\n'
            '<tr><td>Artikel</td><td>«prod» («sku»)</td></tr>',
        ]
    return [
        '<form action="/returns" method="post">\n  <label>Full name</label>\n  <input name="name" value="«p1.full»">\n'
        '  <label>Email</label>\n  <input type="email" name="email" value="«p1.email»">\n'
        '  <input type="hidden" name="order" value="«order»">\n</form>',
        '<div class="field"><span>Ship to</span><p>«a1.line»</p></div>\n'
        '<div class="field"><span>Recipient</span><p>«p1.full»</p></div>\n<div class="field"><span>Phone</span><p>«ph1»</p></div>',
        '<input name="first_name" value="«p1.first»"> <input name="last_name" value="«p1.last»">\n'
        '<input name="card" value="«card»" autocomplete="cc-number">\n<input name="date" value="«date»">',
        '<tr><td>Ordered by</td><td>«p1.full»</td></tr>\n<tr><td>Phone</td><td>«ph1»</td></tr>\n'
        '<tr><td>Item</td><td>«prod» («sku»)</td></tr>',
    ]


# ----------------------------------------------------------------- SQL

def sql_dump(lang):
    de = lang == "de"
    tbl = "kunden" if de else "customers"
    return [
        lambda rng: f"INSERT INTO {tbl} (id, name, email, phone) VALUES\n" + ",\n".join(
            f"  ({rng.randint(100, 9999)}, '«p{k}.full»', '«p{k}.email»', '«ph{k}»')" for k in _rows(rng, 2, 4)) + ";",
        f"UPDATE {tbl} SET street = '«a1.street»', city = '«a1.town»' WHERE email = '«p1.email»';",
        "SELECT * FROM orders WHERE customer_name = '«p1.full»' AND created_at > '«iso»';\n-- ((3|5|7)) rows",
        f"INSERT INTO payouts (holder, iban, amount) VALUES ('«p1.lf»', '«iban»', «nn»00);",
        "mysql> SELECT name, last_ip FROM users WHERE id = ((42|318|7));\n+------------------+------------+\n"
        "| «p1.full» | «ip» |\n+------------------+------------+",
    ]


# ----------------------------------------------------------------- access logs

def access_log(lang):
    de = lang == "de"
    msg = "Anmeldung fehlgeschlagen für" if de else "login failed for"
    msg2 = "Passwort zurückgesetzt:" if de else "password reset:"
    return [
        '«ip» - - [«iso»T«time»:12+01:00] "GET /account/orders HTTP/1.1" 200 5123\n'
        '«ip6» - - [«iso»T«time»:40+01:00] "POST /checkout HTTP/2" 302 0',
        f"«iso» «time»:03 WARN auth {msg} «p1.email» from «ip»\n«iso» «time»:09 INFO auth {msg2} «p1.email»",
        "[«iso» «time»:58] upstream «ipp»:8080 ok\n[«iso» «time»:59] client «ip6» user=«p1.email» status=200",
        "ts=«iso»T«time»Z level=info msg=\"order placed\" customer=\"«p1.full»\" remote_addr=«ip» order=«order»",
        "«lo» - - [«iso»] \"GET /healthz\" 200\n«ipp» - «p1.email» [«iso»] \"GET /admin/export.csv\" 200",
    ]


# ----------------------------------------------------------------- mail headers

def mail_header(lang):
    de = lang == "de"
    subj = ["AW: Reklamation «order»", "WG: Ihre Bestellung", "Rückfrage Lieferadresse", "Re: Umtausch Größe «size»"] if de else \
           ["Re: complaint «order»", "Fwd: your order", "Delivery address question", "RE: exchange size «size»"]
    return [
        "From: \"«p1.lf»\" <«p1.email»>\nTo: service@talgrat.((de|com))\nSubject: " + subj[0] + "\nDate: «date» «time»",
        "Return-Path: <«p1.email»>\nReceived: from mail.example.net ([«ip»])\nFrom: «p1.full» <«p1.email»>\nSubject: " + subj[1],
        "From: «p1.full» <«p1.email»>\nTo: «p2.full» <«p2.wmail»>\nCc: «p3.wmail»\nSubject: " + subj[2] +
        "\nX-Originating-IP: [«ip»]",
        "Message-ID: <((a81f|c2d9|77e0)).«nn»@mx.talgrat.de>\nFrom: «p1.caps» <«p1.email»>\nReply-To: «p1.email»\nSubject: " + subj[3],
    ]


# ----------------------------------------------------------------- vCards

def vcard(lang):
    de = lang == "de"
    org = "Bergschule Höhenluft" if de else "Trailhead Guiding"
    return [
        "BEGIN:VCARD\nVERSION:3.0\nN:«p1.last»;«p1.first»;;;\nFN:«p1.full»\nTEL;TYPE=cell:«ph1»\nEMAIL:«p1.email»\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:4.0\nFN:«p1.full»\nORG:" + org + "\nADR;TYPE=home:;;«a1.street»;«a1.town»;;«a1.plz»;«a1.cc»\n"
        "TEL;TYPE=work:«ph1i»\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nN:«p1.last»;«p1.first»\nFN:«p1.full»\nEMAIL;TYPE=work:«p1.wmail»\nNOTE:" + ("Messe" if de else "Trade fair") + " «date»\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nFN:«p1.full»\nTEL:«ph1»\nADR:;;«a1.street»;«a1.town»;;«a1.plz»;\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:«p2.full»\nEMAIL:«p2.email»\nEND:VCARD",
    ]


# ----------------------------------------------------------------- iCalendar

def ical(lang):
    de = lang == "de"
    s = ["Anprobe Kaltkar", "Fotoshooting Firstwand", "Rückruf Reklamation", "Abholung Leihausrüstung"] if de else \
        ["Fitting Kaltkar", "Photo shoot Firstwand", "Call back re complaint", "Rental gear pick-up"]
    return [
        "BEGIN:VEVENT\nSUMMARY:" + s[0] + "\nDTSTART:20250((3|4|5))1((2|4|6))T100000\nORGANIZER;CN=«p1.full»:mailto:«p1.wmail»\n"
        "ATTENDEE;CN=«p2.full»:mailto:«p2.email»\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:" + s[1] + "\nLOCATION:«a1.line»\nDESCRIPTION:" + ("Kontakt" if de else "Contact") + " «p1.full»\\, «ph1»\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:" + s[2] + " «p1.full»\nDTSTART:20250((6|7|8))0((3|5|9))T141500\nDESCRIPTION:«ph1»\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:" + s[3] + "\nATTENDEE;CN=\"«p1.lf»\":mailto:«p1.email»\nLOCATION:" + ("Filiale" if de else "Store") + " «town»\nEND:VEVENT",
    ]


# ----------------------------------------------------------------- OCR scans

def ocr_noise(t, rng):
    out = []
    i = 0
    while i < len(t):
        c = t[i]
        r = rng.random()
        if r < 0.025 and c == "l":
            out.append("1")
        elif r < 0.05 and c == "o":
            out.append("0" if rng.random() < 0.5 else "o")
        elif r < 0.06 and c == "m":
            out.append("rn")
        elif r < 0.07 and c == "e":
            out.append("c")
        elif r < 0.075 and c == " ":
            out.append("  ")
        else:
            out.append(c)
        i += 1
    return "".join(out)


def ocr_scan(lang):
    de = lang == "de"
    if de:
        return [
            "RETOURENSCHEIN\nName: «p1.full»\nAnschrift: «a1.line»\nGrund: ((zu klein|falsche Farbe|defekt))\nUnterschrift: ____",
            "Rücksendung / Umtausch\nAbsender:\n«p1.full»\n«a1.two»\nTel. «ph1»\nBestellnr. «order»",
            "SEPA-Lastschriftmandat\nKontoinhaber: «p1.lf»\nIBAN: «iban»\nOrt, Datum: «a1.town», «date»",
            "Garantie-Karte ((Kaltkar|Firstwand))\nKäufer: «p1.full»   Tel.: «ph1»\nKaufdatum: «date»\nStempel Händler",
        ]
    return [
        "RETURNS SLIP\nName: «p1.full»\nAddress: «a1.line»\nReason: ((too small|wrong colour|faulty))\nSignature: ____",
        "Return / exchange\nSender:\n«p1.full»\n«a1.two»\nTel. «ph1»\nOrder no. «order»",
        "Direct debit instruction\nAccount holder: «p1.lf»\nIBAN: «iban»\nPlace, date: «a1.town», «date»",
        "Guarantee card ((Kaltkar|Firstwand))\nPurchaser: «p1.full}   Tel: «ph1»\nDate of purchase: «date»\nRetailer stamp".replace("}", "»"),
    ]


LAYOUTS = [("lead_csv", lead_csv, {}), ("feed_row", feed_row, {}), ("json_export", json_export, {}),
           ("yaml_record", yaml_record, {}), ("html_form", html_form, {}), ("sql_dump", sql_dump, {}),
           ("access_log", access_log, {}), ("mail_header", mail_header, {}), ("vcard", vcard, {}),
           ("ical", ical, {}), ("ocr_scan", ocr_scan, {"noise": ocr_noise})]


def layout_genres(lang):
    return [(name, "layout", f(lang), dict(opts)) for name, f, opts in LAYOUTS]
