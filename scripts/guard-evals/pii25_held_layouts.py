"""Machine layouts of the heldout25 half (JSON, YAML, TSV, CSV, Markdown, HTML, SQL, logs, mail
headers, vCards, iCalendar, OCR scans, feed rows). Each genre has at least four variants; a variant
is a function `(rng, lang) -> template string` that draws its row count, column order and field
names, so two texts of one variant differ in shape as well as in values. Field names follow the
language of the text (German systems label their fields in German, many keep English keys).
"""


def pick(rng, *opts):
    return rng.choice(opts)


def L(lang, en, de):
    return de if lang == "de" else en


# ---------------------------------------------------------------- lead_csv

def lead_csv_a(rng, lang):
    n = rng.randint(2, 4)
    sep = pick(rng, ",", ";")
    head = L(lang, ["name", "email", "phone", "source"], ["Name", "E-Mail", "Telefon", "Quelle"])
    src = L(lang, ["trade fair", "newsletter", "Instagram", "store event"], ["Messe", "Newsletter", "Instagram", "Filial-Event"])
    rows = [sep.join(head)]
    for i in range(1, n + 1):
        nm = pick(rng, f'"{{p{i}.lf}}"', f'"{{p{i}.LF}}"') if sep == "," else pick(rng, f"{{p{i}.lf}}", f"{{p{i}.LF}}")
        rows.append(sep.join([nm, f"{{p{i}.email}}", f"{{ph{i}}}", rng.choice(src)]))
    return "\n".join(rows)


def lead_csv_b(rng, lang):
    n = rng.randint(2, 3)
    head = L(lang, "last_name,first_name,company,city,opt_in", "nachname;vorname;firma;ort;optin")
    sep = "," if lang == "en" else ";"
    rows = [head]
    for i in range(1, n + 1):
        rows.append(sep.join([pick(rng, f"{{p{i}.last}}"), f"{{p{i}.first}}", f"{{co{i}}}", f"{{a{i}.town}}", pick(rng, "yes", "no", "1", "0")]))
    # last and first sit in two cells: two spans by the convention
    return "\n".join(rows)


def lead_csv_c(rng, lang):
    n = rng.randint(2, 4)
    title = L(lang, "LEADS – OUTDOOR EXPO, BOOTH C14", "LEADS – OUTDOOR-MESSE, STAND C14")
    rows = [title, L(lang, "CONTACT | MOBILE | NOTE", "KONTAKT | MOBIL | NOTIZ")]
    notes = L(lang, ["wants catalogue", "dealer enquiry", "asked about Kaltkar sizes", "call back in Q3"],
              ["will Katalog", "Händleranfrage", "fragt nach Kaltkar-Größen", "Rückruf Q3"])
    for i in range(1, n + 1):
        rows.append(f"{{p{i}.UP}} | {{mob{i}}} | {rng.choice(notes)}")
    return "\n".join(rows)


def lead_csv_d(rng, lang):
    n = rng.randint(2, 3)
    rows = [L(lang, "# exported from booth scanner, " , "# Export Standscanner, ") + "{dateiso}",
            L(lang, "id,contact,email,address", "id;kontakt;email;adresse")]
    sep = "," if lang == "en" else ";"
    for i in range(1, n + 1):
        nm = f'"{{p{i}.lf}}"' if sep == "," else f"{{p{i}.lf}}"
        ad = f'"{{a{i}.street}}"' if sep == "," else f"{{a{i}.street}}"
        rows.append(sep.join([str(rng.randint(100, 999)), nm, f"{{p{i}.email}}", ad]))
    return "\n".join(rows)


# ---------------------------------------------------------------- feed_row

def feed_a(rng, lang):
    head = "id\ttitle\tprice\tgtin\tcontact_name\tcontact_phone"
    return head + "\n{prod.sku}-{size}\t{prod.name}\t{prod.price} EUR\t{gtin}\t{p1.full}\t{ph1}"


def feed_b(rng, lang):
    return ("<item>\n  <g:id>{prod.sku}</g:id>\n  <g:title>{prod.name}</g:title>\n  <g:gtin>{gtin}</g:gtin>\n"
            "  <g:price>{prod.price} EUR</g:price>\n  <g:custom_label_0>"
            + L(lang, "buyer: ", "Einkauf: ") + "{p1.full}</g:custom_label_0>\n  <g:custom_label_1>{p1.email}</g:custom_label_1>\n</item>")


def feed_c(rng, lang):
    key = L(lang, "supplier_contact", "lieferant_ansprechpartner")
    return ('{"offer_id": "{prod.sku}", "title": "{prod.name}", "color": "{colour}", "gtin": "{gtin}", '
            f'"{key}": ' + '"{p1.hr} {p1.last}", "' + L(lang, "phone", "telefon") + '": "{ph1}"}')


def feed_d(rng, lang):
    head = L(lang, "sku;title;stock;return_address;contact", "sku;titel;bestand;retourenadresse;ansprechpartner")
    return head + "\n{prod.sku};{prod.name};{n};{a1.line};{p1.ini}\n{prod2.sku};{prod2.name};{qty};;"


def feed_e(rng, lang):
    return ("{prod.sku},\"{prod.name}\",{gtin},{size},\"" + L(lang, "sample sent to ", "Muster an ") + "{p1.full}, {a1.line}\"")


# ---------------------------------------------------------------- json_export

def json_a(rng, lang):
    k = L(lang, ["customer", "first_name", "last_name", "email", "phone"], ["kunde", "vorname", "nachname", "email", "telefon"])
    return ('{\n  "' + k[0] + '": {\n    "id": "{cust}",\n    "' + k[1] + '": "{p1.first}",\n    "' + k[2] + '": "{p1.last}",\n'
            '    "' + k[3] + '": "{p1.email}",\n    "' + k[4] + '": "{ph1}"\n  },\n  "order": "{order}"\n}')


def json_b(rng, lang):
    return ('{"event":"checkout.completed","ts":"{ts}","buyer":{"name":"{p1.full}","ip":"{ip1}"},'
            '"shipping":{"street":"{a1.street}","zip":"{a1.plz}","city":"{a1.town}"},"total":"{eur}"}')


def json_c(rng, lang):
    n = rng.randint(2, 3)
    items = []
    for i in range(1, n + 1):
        items.append('    {"name": "{p%d.full}", "email": "{p%d.email}", "tier": "%s"}' % (i, i, rng.choice(["gold", "silver", "basic"])))
    return '{\n  "segment": "' + L(lang, "winback_q3", "rueckgewinnung_q3") + '",\n  "members": [\n' + ",\n".join(items) + "\n  ]\n}"


def json_d(rng, lang):
    return ('{\n  "ticket": "{ticket}",\n  "requester": "{p1.full}",\n  "' + L(lang, "address", "adresse") + '": "{a1.line}",\n'
            '  "iban": "{iban}",\n  "note": "' + L(lang, "refund via bank transfer", "Erstattung per Überweisung") + '"\n}')


# ---------------------------------------------------------------- yaml_record

def yaml_a(rng, lang):
    return ("contact:\n  name: {p1.full}\n  email: {p1.email}\n  phone: \"{ph1}\"\n"
            + L(lang, "  consent: newsletter\n", "  einwilligung: newsletter\n") + "created: {dateiso}")


def yaml_b(rng, lang):
    return ("- id: {cust}\n  " + L(lang, "shipping_address", "lieferadresse") + ": \"{a1.line}\"\n  "
            + L(lang, "recipient", "empfaenger") + ": {p1.full}\n- id: {cust2}\n  " + L(lang, "recipient", "empfaenger") + ": {p2.full}")


def yaml_c(rng, lang):
    return ("webhook: order.refund\npayload:\n  order: {order}\n  account_holder: \"{p1.full}\"\n  iban: {iban}\n"
            "  amount: {eur}\n  source_ip: {ip1}")


def yaml_d(rng, lang):
    return ("# " + L(lang, "ambassador roster", "Botschafter-Liste") + "\nambassadors:\n  - name: {p1.full}\n    handle: \"{p1.handle}\"\n"
            "    mobile: \"{mob1}\"\n  - name: {p2.fi}\n    handle: \"{p2.handle}\"")


# ---------------------------------------------------------------- tsv_export

def tsv_a(rng, lang):
    head = L(lang, "first\tlast\temail\tcity", "Vorname\tNachname\tE-Mail\tOrt")
    rows = [head]
    for i in range(1, rng.randint(2, 4) + 1):
        rows.append(f"{{p{i}.first}}\t{{p{i}.last}}\t{{p{i}.email}}\t{{a{i}.town}}")
    return "\n".join(rows)


def tsv_b(rng, lang):
    head = L(lang, "order\tname\tstreet\tpostcode\ttown", "Bestellung\tName\tStraße\tPLZ\tOrt")
    rows = [head]
    for i in range(1, rng.randint(1, 3) + 1):
        rows.append(f"{{order{i}}}\t{{p{i}.full}}\t{{a{i}.street}}\t{{a{i}.plz}}\t{{a{i}.town}}")
    return "\n".join(rows)


def tsv_c(rng, lang):
    head = L(lang, "salutation\tlast name\tphone\tcard (last use)", "Anrede\tNachname\tTelefon\tKarte (zuletzt)")
    rows = [head]
    for i in range(1, rng.randint(1, 3) + 1):
        rows.append(f"{{p{i}.anrede}}\t{{p{i}.last}}\t{{ph{i}}}\t{{card{i}}}" if lang == "de"
                    else f"{{p{i}.hr}}\t{{p{i}.last}}\t{{ph{i}}}\t{{card{i}}}")
    return "\n".join(rows)


def tsv_d(rng, lang):
    head = L(lang, "user\tlast_login_ip\tlogins", "benutzer\tletzte_ip\tanmeldungen")
    rows = [head]
    ips = ["ip", "ipp", "ipsix"]
    for i in range(1, rng.randint(2, 4) + 1):
        rows.append(f"{{p{i}.full}}\t{{{rng.choice(ips)}{i}}}\t{rng.randint(1, 90)}")
    return "\n".join(rows)


# ---------------------------------------------------------------- md_table

def md_a(rng, lang):
    head = L(lang, "| Name | Role | Phone |\n| --- | --- | --- |", "| Name | Rolle | Telefon |\n| --- | --- | --- |")
    roles = L(lang, ["photographer", "model", "stylist", "driver"], ["Fotografie", "Model", "Styling", "Fahrer"])
    rows = [head]
    for i in range(1, rng.randint(2, 4) + 1):
        rows.append(f"| {{p{i}.full}} | {rng.choice(roles)} | {{ph{i}}} |")
    return L(lang, "**Shoot crew, ", "**Shooting-Team, ") + "{date}**\n\n" + "\n".join(rows)


def md_b(rng, lang):
    head = L(lang, "| Winner | Prize | Ships to |\n|---|---|---|", "| Gewinner:in | Preis | Versand an |\n|---|---|---|")
    rows = [head]
    for i in range(1, rng.randint(1, 3) + 1):
        rows.append(f"| {{p{i}.fi}} | {{prod{i}.name}} | {{a{i}.line}} |")
    return "\n".join(rows)


def md_c(rng, lang):
    return ("| " + L(lang, "Field", "Feld") + " | " + L(lang, "Value", "Wert") + " |\n|:--|:--|\n| "
            + L(lang, "Customer", "Kunde") + " | {p1.lf} |\n| E-Mail | {p1.email} |\n| "
            + L(lang, "Card", "Karte") + " | {card} |\n| IP | {ip} |")


def md_d(rng, lang):
    rows = ["| # | " + L(lang, "Reviewer | Rating", "Rezensent:in | Bewertung") + " |", "|---|---|---|"]
    for i in range(1, rng.randint(2, 4) + 1):
        rows.append(f"| {i} | {{p{i}.{rng.choice(['fi', 'full', 'ini'])}}} | {rng.randint(2, 5)}/5 |")
    return "### " + L(lang, "Reviews to answer", "Offene Bewertungen") + " – {prod.name}\n\n" + "\n".join(rows)


# ---------------------------------------------------------------- html_form

def html_a(rng, lang):
    return ('<form action="/' + L(lang, "contact", "kontakt") + '" method="post">\n'
            '  <input type="text" name="name" value="{p1.full}">\n'
            '  <input type="email" name="email" value="{p1.email}">\n'
            '  <input type="tel" name="phone" value="{ph1}">\n'
            '  <textarea name="msg">' + L(lang, "Is the {prod.name} in stock in {size}?", "Gibt es {prod.A} {prod.name} noch in {size}?")
            + '</textarea>\n</form>')


def html_b(rng, lang):
    return ("<fieldset>\n  <legend>" + L(lang, "Delivery address", "Lieferadresse") + "</legend>\n"
            '  <label>Name</label> <input name="ship_name" value="{p1.full}">\n'
            '  <label>' + L(lang, "Street", "Straße") + '</label> <input name="ship_street" value="{a1.street}">\n'
            '  <label>' + L(lang, "Postcode", "PLZ") + '</label> <input name="ship_zip" value="{a1.plz}">\n</fieldset>')


def html_c(rng, lang):
    return ('<dl class="order-summary">\n  <dt>' + L(lang, "Billed to", "Rechnung an") + "</dt><dd>{p1.full}<br>{a1.line}</dd>\n"
            "  <dt>" + L(lang, "Card", "Karte") + "</dt><dd>{card}</dd>\n  <dt>" + L(lang, "Total", "Summe") + "</dt><dd>{price}</dd>\n</dl>")


def html_d(rng, lang):
    return ('<input type="hidden" name="client_ip" value="{ip}">\n<input type="hidden" name="ref" value="{order}">\n'
            '<p class="greeting">' + L(lang, "Hi {p1.first}, your wish list is waiting.", "Hallo {p1.first}, deine Wunschliste wartet.")
            + '</p>\n<p class="small">' + L(lang, "Sent to {p1.email}", "Gesendet an {p1.email}") + "</p>")


# ---------------------------------------------------------------- sql_dump

def sql_a(rng, lang):
    rows = []
    for i in range(1, rng.randint(1, 3) + 1):
        rows.append(f"({rng.randint(1000, 9999)}, '{{p{i}.first}}', '{{p{i}.last}}', '{{p{i}.email}}', '{{ph{i}}}')")
    return "INSERT INTO customers (id, first_name, last_name, email, phone) VALUES\n" + ",\n".join(rows) + ";"


def sql_b(rng, lang):
    return ("UPDATE addresses SET street = '{a1.street}', zip = '{a1.plz}', city = '{a1.town}'\n"
            "WHERE customer_id = {uid}; -- " + L(lang, "requested by {p1.full} on the phone", "telefonisch von {p1.full} gewünscht"))


def sql_c(rng, lang):
    return ("mysql> SELECT id, name, iban FROM payouts WHERE status = 'pending';\n"
            "+------+------------------+------------------------------+\n"
            "| {uid} | {p1.full} | {iban} |\n| {uid2} | {p2.full} | {iban2} |\n"
            "+------+------------------+------------------------------+\n2 rows in set (0.01 sec)")


def sql_d(rng, lang):
    return ("-- " + L(lang, "audit", "Audit") + " {lts}\nINSERT INTO login_audit (user_name, ip, ok) VALUES ('{p1.full}', '{ip1}', 1), "
            "('{p1.full}', '{ipsix1}', 0);")


# ---------------------------------------------------------------- access_log

def log_a(rng, lang):
    lines = []
    for i in range(rng.randint(2, 4)):
        ipk = rng.choice(["ip1", "ip2", "ipsix1", "ipp1"])
        lines.append(f'{{{ipk}}} - - [{rng.randint(1, 28):02d}/Mar/2026:{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} +0100] '
                     f'"{rng.choice(["GET /de/checkout", "POST /api/cart", "GET /en/account", "GET /de/produkte/kaltkar"])} HTTP/1.1" '
                     f'{rng.choice([200, 200, 302, 404])} {rng.randint(300, 9000)}')
    return "\n".join(lines)


def log_b(rng, lang):
    return ("{lts} INFO  auth: login ok user={p1.email} ip={ip1}\n{lts2} WARN  auth: 3 failed attempts user={p1.email} ip={ipsix1}\n"
            "{lts3} INFO  session closed")


def log_c(rng, lang):
    return ("[{ts}] payment.declined order={order} holder=\"{p1.full}\" card={card} client={ip1}\n"
            "[{ts2}] payment.retry order={order} client={ipp1}")


def log_d(rng, lang):
    return ("{lts} DEBUG sync crm -> shop, contact \"{p1.lf}\" updated (phone={ph1})\n{lts2} DEBUG healthcheck from {iplo1} ok\n"
            "{lts3} DEBUG worker v{ver} idle")


# ---------------------------------------------------------------- mail_header

def hdr_a(rng, lang):
    return ("From: {p1.full} <{p1.email}>\nTo: " + L(lang, "Talgrat Support", "Talgrat Kundenservice") + " <{svc}>\n"
            "Subject: " + L(lang, "Re: order {order}", "AW: Bestellung {order}") + "\nDate: Tue, 3 Mar 2026 {time}:12 +0100\n"
            "Received: from [{ip1}] by mx2.talgrat.de")


def hdr_b(rng, lang):
    return ("Return-Path: <{p1.email}>\nReceived: from mail-out.example.net ({ipsix1}) by mx1.talgrat.de\n"
            "X-Originating-IP: [{ip1}]\nFrom: \"{p1.lf}\" <{p1.email}>\nSubject: " + L(lang, "Return label", "Retourenschein"))


def hdr_c(rng, lang):
    return ("-------- " + L(lang, "Forwarded Message", "Weitergeleitete Nachricht") + " --------\n"
            + L(lang, "Subject: complaint\nDate: ", "Betreff: Reklamation\nDatum: ") + "{datel}\n"
            + L(lang, "From: ", "Von: ") + "{p1.full} <{p1.email}>\n" + L(lang, "To: ", "An: ") + "{p2.full} <{p2.email}>")


def hdr_d(rng, lang):
    return ("Delivered-To: {p2.email}\nFrom: {p1.UP} <{p1.email}>\nCc: {p3.full} <{p3.email}>\nX-Mailer: iPhone Mail (22D82)\n"
            "Subject: " + L(lang, "photos for the testimonial", "Fotos für das Testimonial"))


# ---------------------------------------------------------------- vcard

def vcard_a(rng, lang):
    return ("BEGIN:VCARD\nVERSION:3.0\nN:{p1.last};{p1.first};;;\nFN:{p1.full}\nTEL;TYPE=CELL:{mob1}\n"
            "EMAIL:{p1.email}\nEND:VCARD")


def vcard_b(rng, lang):
    return ("BEGIN:VCARD\nVERSION:4.0\nFN:{p1.full}\nORG:{co}\nTEL;TYPE=work,voice;VALUE=uri:tel:{tel1}\n"
            "ADR;TYPE=work:;;{a1.street};{a1.town};;{a1.plz};{a1.country}\nEND:VCARD")


def vcard_c(rng, lang):
    return ("BEGIN:VCARD\nVERSION:3.0\nFN:{p1.full}\nNICKNAME:{p1.first}\nEMAIL;TYPE=home:{p1.email}\nNOTE:"
            + L(lang, "met at booth, wants dealer terms", "Messestand, will Händlerkonditionen") + "\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nFN:{p2.full}\nTEL:{ph2}\nEND:VCARD")


def vcard_d(rng, lang):
    return ("BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8:{p1.last};{p1.first}\nTEL;HOME:{tel1}\nTEL;CELL:{mob1}\n"
            "ADR;HOME:;;{a1.street};{a1.town};;{a1.plz}\nEND:VCARD")


# ---------------------------------------------------------------- ical

def ical_a(rng, lang):
    return ("BEGIN:VEVENT\nDTSTART:20260312T093000Z\nSUMMARY:" + L(lang, "Fitting: ", "Anprobe: ") + "{p1.full}\n"
            "ORGANIZER;CN={p2.full}:mailto:{p2.email}\nATTENDEE;CN={p1.full}:mailto:{p1.email}\nEND:VEVENT")


def ical_b(rng, lang):
    return ("BEGIN:VEVENT\nSUMMARY:" + L(lang, "Call back ", "Rückruf ") + "{p1.hr} {p1.last}\nDESCRIPTION:" + L(lang, "Tel. ", "Tel. ")
            + "{ph1} – " + L(lang, "about order ", "zu Bestellung ") + "{order}\nDTSTART;TZID=Europe/Berlin:20260407T140000\nEND:VEVENT")


def ical_c(rng, lang):
    return ("BEGIN:VEVENT\nSUMMARY:" + L(lang, "Pick-up of samples", "Abholung Muster") + "\nLOCATION:{a1.line}\n"
            "DESCRIPTION:" + L(lang, "Contact on site: ", "Vor Ort: ") + "{p1.full}, {mob1}\nDTSTART:20260520T080000\nEND:VEVENT")


def ical_d(rng, lang):
    return ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:" + L(lang, "Store event – guided hike", "Filial-Event – geführte Tour") + "\n"
            "ATTENDEE;CN=\"{p1.lf}\";RSVP=TRUE:mailto:{p1.email}\nATTENDEE;CN={p2.full}:mailto:{p2.email}\n"
            "DTSTART:20260614T070000Z\nEND:VEVENT\nEND:VCALENDAR")


# ---------------------------------------------------------------- ocr_scan

def ocr_a(rng, lang):
    return (L(lang, "DELIVERY N0TE   page 1/1\nShip t0: ", "LIEFERSCHE1N   Seite 1/1\nEmpfänger: ") + "{p1.full}\n{a1.block}\n"
            + L(lang, "Tel ", "Tel ") + "{ph1}\n" + L(lang, "Qty  Art.no   ", "Menge Art.-Nr ") + "\n{qty}    {prod.sku}  {prod.name}")


def ocr_b(rng, lang):
    return (L(lang, "RETURNS F0RM\nName ..... ", "RÜCKSENDESCHE1N\nName ..... ") + "{p1.full}\n"
            + L(lang, "0rder no. ", "Best.-Nr. ") + "{order}\nIBAN: {iban}\n" + L(lang, "Reason: too sma11", "Grund: zu k1ein"))


def ocr_c(rng, lang):
    return ("~~ " + L(lang, "scan 2 of 3 ~~\n", "Scan 2 von 3 ~~\n") + L(lang, "Signed: ", "Unterschrift: ") + "{p1.ini}\n"
            + L(lang, "Steuer-ID / tax no.: ", "Steuer-ID: ") + "{taxid}\n{a1.line}\n" + L(lang, "Date ", "Datum ") + "{datel}")


def ocr_d(rng, lang):
    return ("|| " + L(lang, "WARRANTY CARD", "GARANTIEKARTE") + " ||\n" + L(lang, "Purchased by: ", "Käufer: ") + "{p1.UP}\n"
            "{a1.street}\n" + L(lang, "Phone: ", "Telefon: ") + "{ph1}\nGTIN {gtin}  S/N {hex}")


# ---------------------------------------------------------------- clean layouts

def stock_a(rng, lang):
    rows = ["sku\tgtin\t" + L(lang, "colour\tstock\twarehouse", "farbe\tbestand\tlager")]
    for i in range(rng.randint(2, 4)):
        rows.append(f"{{prod{i}.sku}}\t{{gtin{i}}}\t{{colour{i}}}\t{rng.randint(0, 400)}\t{rng.choice(['KE-01', 'KE-02', 'HH-A', 'WI-3'])}")
    return "\n".join(rows)


def stock_b(rng, lang):
    return ("sku;ean;size;qty;reorder_date\n{prod.sku};{gtin};{size};{n};{dateiso}\n{prod2.sku};{gtin2};{size2};{n2};{dateiso2}")


def stock_c(rng, lang):
    return (L(lang, "warehouse\tbin\tsku\tunits\tlast count\n", "lager\tfach\tsku\tstück\tinventur\n")
            + "{town}\tB-{n}-{qty}\t{prod.sku}\t{n2}\t{datel}\n{town}\tB-{n3}-1\t{prod2.sku}\t{n4}\t{datel}")


def stock_d(rng, lang):
    return ("{\"sku\": \"{prod.sku}\", \"gtin\": \"{gtin}\", \"" + L(lang, "stock", "bestand") + "\": {n}, \"colour\": \"{colour}\", "
            "\"inbound\": {\"po\": \"PO-{uid}\", \"eta\": \"{dateiso}\", \"" + L(lang, "supplier", "lieferant") + "\": \"{co}\"}}")


def price_a(rng, lang):
    rows = ["| " + L(lang, "Product | SKU | Price | Sale", "Produkt | SKU | Preis | Aktion") + " |", "|---|---|---|---|"]
    for i in range(rng.randint(2, 4)):
        rows.append(f"| {{prod{i}.name}} | {{prod{i}.sku}} | {{prod{i}.price}} | {{price{i}}} |")
    return "\n".join(rows)


def price_b(rng, lang):
    return ("| " + L(lang, "Size | Chest (cm) | Length (cm)", "Größe | Brust (cm) | Länge (cm)") + " |\n|---|---|---|\n"
            "| S | 92–96 | 70 |\n| M | 98–102 | 72 |\n| L | 104–108 | 74 |\n" + L(lang, "Valid for {prod.name}, since {date}.", "Gilt für {prod.name}, seit {date}."))


def price_c(rng, lang):
    return (L(lang, "Price change ", "Preisänderung ") + "{dateiso}\n| SKU | " + L(lang, "old | new", "alt | neu") + " |\n|---|---|---|\n"
            "| {prod.sku} | {prod.price} | {eur} |\n| {prod2.sku} | {prod2.price} | {eur2} |")


def price_d(rng, lang):
    return ("<table class=\"prices\">\n<tr><th>" + L(lang, "Item", "Artikel") + "</th><th>GTIN</th><th>" + L(lang, "Price", "Preis")
            + "</th></tr>\n<tr><td>{prod.name}</td><td>{gtin}</td><td>{prod.price} €</td></tr>\n</table>")


def ops_a(rng, lang):
    return ("{lts} INFO  feed-export v{ver} started\n{lts2} INFO  {n} items written, {n2} skipped (missing gtin)\n"
            "{lts3} WARN  {prod.sku}: price {prod.price} differs from ERP {eur}")


def ops_b(rng, lang):
    return ("[{ts}] job=stock-sync status=ok duration={n}s\n[{ts2}] job=stock-sync status=retry reason=timeout (order {order})\n"
            "[{ts3}] job=thumbnails status=ok count={n2}")


def ops_c(rng, lang):
    return ("build {ver} (commit {hex}) deployed to shop-web-{qty}\n  - fix: "
            + L(lang, "size chart for {prod.short}", "Größentabelle für {prod.short}") + "\n  - chore: bump parcel-api to {ver2}")


def ops_d(rng, lang):
    return ("{lts} cron  nightly-report: orders={n} returns={qty} refunds={eur}\n{lts2} cron  tracking {track} status=delivered\n"
            "{lts3} cron  next run {time}")


LAYOUTS = {
    "lead_csv": [lead_csv_a, lead_csv_b, lead_csv_c, lead_csv_d],
    "feed_row": [feed_a, feed_b, feed_c, feed_d, feed_e],
    "json_export": [json_a, json_b, json_c, json_d],
    "yaml_record": [yaml_a, yaml_b, yaml_c, yaml_d],
    "tsv_export": [tsv_a, tsv_b, tsv_c, tsv_d],
    "md_table": [md_a, md_b, md_c, md_d],
    "html_form": [html_a, html_b, html_c, html_d],
    "sql_dump": [sql_a, sql_b, sql_c, sql_d],
    "access_log": [log_a, log_b, log_c, log_d],
    "mail_header": [hdr_a, hdr_b, hdr_c, hdr_d],
    "vcard": [vcard_a, vcard_b, vcard_c, vcard_d],
    "ical": [ical_a, ical_b, ical_c, ical_d],
    "ocr_scan": [ocr_a, ocr_b, ocr_c, ocr_d],
}

CLEAN_LAYOUTS = {
    "stock_tsv": [stock_a, stock_b, stock_c, stock_d],
    "price_table": [price_a, price_b, price_c, price_d],
    "ops_log": [ops_a, ops_b, ops_c, ops_d],
}
