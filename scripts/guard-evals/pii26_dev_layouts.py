"""Machine layouts of the dev half of the twenty-sixth PII bank (both languages).

Field names, headers and short phrases follow the language of the text; German layouts use German
headers (Nachname, Straße, PLZ, Ort …) and German conventions (semicolons, dd.mm.yyyy).
"""

from pii26_dev_core import Redraw, lines, mk


def T(c, en, de):
    return en if c.lang == "en" else de


def _no_apos(*ps):
    for p in ps:
        if "'" in p.full_raw:
            raise Redraw("apostrophe in sql")


# ----------------------------------------------------------------------------- lead_csv

def lead_csv_1(c):
    n = c.rint(2, 5)
    head = T(c, c.ch("name,email,phone,interest", "Name,E-mail,Phone,Interest"),
             c.ch("Name;E-Mail;Telefon;Interesse", "name;email;telefon;thema"))
    sep = "," if c.lang == "en" else ";"
    rows = [head]
    for _ in range(n):
        p = c.person()
        topic = T(c, c.ch("trail running", "winter trekking", "hut-to-hut", "kids' kit", "repair"),
                  c.ch("Trailrunning", "Wintertrekking", "Hüttentour", "Kinderausrüstung", "Reparatur"))
        rows.append(sep.join([f'"{p.lf}"', p.mail(), c.phone() if c.maybe(0.8) else "", topic]))
    return lines(*rows)


def lead_csv_2(c):
    n = c.rint(2, 6)
    rows = [T(c, "LAST_FIRST,COMPANY,CITY,SOURCE", "NAME;FIRMA;ORT;QUELLE")]
    sep = "," if c.lang == "en" else ";"
    for _ in range(n):
        p = c.person()
        comp = c.ch("Alpenverein Sektion Nord", "Bergschule Gipfelweg", "Trail Collective", "Outdoor Club Mitte",
                    "Hiking Society", "Sportverein Blau-Weiß", "Kletterhalle Nordwand", "Scout Group 7")
        town = c.addr_parts()[2]
        src = c.ch("fair", "web", "newsletter", "store", "Messe", "ISPO")
        rows.append(sep.join([f'"{p.LF}"', f'"{comp}"', town, src]))
    return lines(*rows)


def lead_csv_3(c):
    n = c.rint(2, 5)
    if c.lang == "en":
        rows = ["first_name,last_name,email,mobile,consent_date"]
    else:
        rows = ["Vorname;Nachname;E-Mail;Mobil;Einwilligung"]
    sep = "," if c.lang == "en" else ";"
    for _ in range(n):
        p = c.person()
        rows.append(sep.join([p.giv, p.sur, p.mail(), c.phone(mobile=True) if c.maybe(0.7) else "",
                              c.date("iso")]))
    return lines(*rows)


def lead_csv_4(c):
    n = c.rint(2, 4)
    rows = [T(c, "# Trade fair scans – OutDoor by ISPO, stand B4-210", "# Messe-Scans OutDoor by ISPO, Stand B4-210"),
            T(c, "id|contact|company|email|phone|note", "id|kontakt|firma|email|telefon|notiz")]
    for i in range(n):
        p = c.person()
        comp = c.ch("Bergsport Huber", "Sporthaus Alpin", "Peak & Valley Ltd", "Gipfelglück GmbH", "Nordkette Sport",
                    "Trailhead Outfitters", "Rucksackladen Ost")
        note = T(c, c.ch("wants dealer prices", "call after fair", "samples Kaltkar", "catalogue by post"),
                 c.ch("will Händlerpreise", "nach Messe anrufen", "Muster Kaltkar", "Katalog per Post"))
        rows.append("|".join([str(c.rint(1000, 9999)), p.full, comp, p.mail(work=True, domain=c.pick(
            ["bergsport-huber.de", "sporthaus-alpin.at", "peakvalley.co.uk", "gipfelglueck.de", "nordkette-sport.at",
             "trailhead-outfitters.com", "rucksackladen.de"])), c.phone(), note]))
    return lines(*rows)


def lead_csv_5(c):
    n = c.rint(2, 5)
    rows = [T(c, "Salutation,Surname,Given name,Postcode,Newsletter", "Anrede;Nachname;Vorname;PLZ;Newsletter")]
    sep = "," if c.lang == "en" else ";"
    for _ in range(n):
        p = c.person()
        sal = T(c, "Ms" if p.gender == "f" else "Mr", "Frau" if p.gender == "f" else "Herr")
        pc = c.addr_parts()[1]
        rows.append(sep.join([sal, p.SUR if c.maybe(0.3) else p.sur, p.giv, pc, T(c, c.ch("yes", "no"), c.ch("ja", "nein"))]))
    return lines(*rows)


# ----------------------------------------------------------------------------- json_record

def json_1(c):
    p = c.person()
    st, pc, town, cty = c.addr_cells()
    return lines("{", f'  "customer_id": "C{c.digits(7)}",', f'  "name": "{p.full}",', f'  "email": "{p.mail()}",',
                 f'  "phone": "{c.phone()}",' if c.maybe(0.8) else None,
                 f'  "address": {{"street": "{st}", "zip": "{pc}", "city": "{town}", "country": "{cty}"}},',
                 f'  "segment": "{c.ch("loyal", "new", "lapsed", "vip")}",',
                 f'  "created": "{c.date("iso")}"', "}")


def json_2(c):
    p = c.person()
    ip = c.ip()
    return lines("{", f'  "event": "checkout.completed",', f'  "order": "{c.order_no()}",',
                 f'  "buyer": {{"first": "{p.giv}", "last": "{p.sur}", "email": "{p.mail()}"}},',
                 f'  "client_ip": "{ip}",', f'  "total": "{c.money()}",',
                 f'  "card": {{"brand": "{c.ch("visa", "mastercard", "amex")}", "last4": "{c.card_tail()}"}}', "}")


def json_3(c):
    p = c.person()
    rec = c.person()
    stage = T(c, c.ch("phone screen", "interview", "offer", "trial day"),
              c.ch("Telefoninterview", "Vorstellungsgespräch", "Angebot", "Probetag"))
    role = T(c, c.ch("Sales Assistant", "Boot Fitter", "Store Supervisor", "Warehouse Operative"),
             c.ch("Verkäufer:in", "Schuhberatung", "Filialleitung Stv.", "Lagerist:in"))
    return lines("{", f'  "candidate": "{p.full}",', f'  "role": "{role}",', f'  "store": "{c.store()}",',
                 f'  "stage": "{stage}",', f'  "contact": {{"email": "{p.mail()}", "mobile": "{c.phone(mobile=True)}"}},',
                 f'  "recruiter": "{rec.full}"', "}")


def yaml_4(c):
    p = c.person()
    out = ["payout:", f"  creator: {p.full}", f"  iban: {c.iban()}",
           f"  amount: {c.money(50, 900)}", f"  reference: CR-{c.digits(6)}"]
    if c.maybe(0.5) or c.lang == "de":
        out.insert(3, f"  steuer_id: {c.taxid()}")
    if c.maybe(0.5):
        out.append(f"  email: {p.mail()}")
    return lines(*out)


def yaml_5(c):
    n = c.rint(2, 3)
    out = [T(c, "# keyholders + deliveries contact sheet", "# Ansprechpartner Anlieferung"), "contacts:"]
    for _ in range(n):
        p = c.person()
        out += [f"  - name: {p.full}", f"    phone: \"{c.phone()}\""]
        if c.maybe(0.4):
            out.append(f"    email: {p.mail()}")
    return lines(*out)


def json_6(c):
    p = c.person()
    q = c.person()
    return lines('{"type":"review.flagged","review_id":' + c.digits(6) + ',',
                 f' "author":"{p.gi}","author_email":"{p.mail()}",',
                 f' "ip":"{c.ip()}","moderator":"{q.full}",',
                 f' "reason":"{c.ch("contains phone number", "spam", "off-topic", "personal data")}"}}')


# ----------------------------------------------------------------------------- tsv_export

def tsv_1(c):
    n = c.rint(2, 5)
    rows = [T(c, "given\tsurname\temail\tphone", "Vorname\tNachname\tE-Mail\tTelefon")]
    for _ in range(n):
        p = c.person()
        rows.append("\t".join([p.giv, p.sur, p.mail(), c.phone()]))
    return lines(*rows)


def tsv_2(c):
    n = c.rint(2, 4)
    rows = [T(c, "name\tstreet\tpostcode\ttown\tcountry", "Name\tStraße\tPLZ\tOrt\tLand")]
    for _ in range(n):
        p = c.person()
        st, pc, town, cty = c.addr_cells()
        rows.append("\t".join([p.full, st, pc, town, cty]))
    return lines(*rows)


def tsv_3(c):
    n = c.rint(2, 4)
    rows = [T(c, "order\tcustomer\tcard\tamount\tstatus", "Bestellung\tKunde\tKarte\tBetrag\tStatus")]
    for _ in range(n):
        p = c.person()
        card = c.card() if c.maybe(0.5) else "**** " + c.card_tail()
        rows.append("\t".join([c.order_no(), p.lf if c.maybe(0.5) else p.full, card, c.money(),
                               T(c, c.ch("review", "declined", "chargeback"), c.ch("prüfen", "abgelehnt", "Rückbuchung"))]))
    return lines(*rows)


def tsv_4(c):
    n = c.rint(2, 5)
    rows = [T(c, "login\tuser\tlast_ip\tlast_seen", "login\tbenutzer\tletzte_ip\tzuletzt")]
    for _ in range(n):
        p = c.person()
        rows.append("\t".join([p.mail(), p.full, c.ip(), c.date("iso")]))
    return lines(*rows)


def tsv_5(c):
    n = c.rint(2, 4)
    rows = [T(c, "employee\tstore\tIBAN\tnet pay", "Mitarbeiter\tFiliale\tIBAN\tNetto")]
    for _ in range(n):
        p = c.person()
        rows.append("\t".join([p.LF if c.maybe(0.4) else p.full, c.store(), c.iban(), c.money(900, 2900)]))
    return lines(*rows)


# ----------------------------------------------------------------------------- html_form

def html_1(c):
    p = c.person()
    st, pc, town, cty = c.addr_cells()
    lab = T(c, ("Name", "Street", "Postcode", "Town", "E-mail"), ("Name", "Straße", "PLZ", "Ort", "E-Mail"))
    return lines('<form action="/account/address" method="post">',
                 f'  <label>{lab[0]} <input name="name" value="{p.full}"></label>',
                 f'  <label>{lab[1]} <input name="street" value="{st}"></label>',
                 f'  <label>{lab[2]} <input name="zip" value="{pc}"></label>',
                 f'  <label>{lab[3]} <input name="city" value="{town}"></label>',
                 f'  <label>{lab[4]} <input type="email" name="email" value="{p.mail()}"></label>', "</form>")


def html_2(c):
    p = c.person()
    return lines('<form id="pay">', f'<input name="cardholder" value="{p.up if c.maybe(0.5) else p.full}">',
                 f'<input name="cardnumber" value="{c.card()}" autocomplete="cc-number">',
                 f'<input name="exp" value="{c.rint(1, 12):02d}/{c.rint(26, 31)}">',
                 f'<input type="hidden" name="client_ip" value="{c.ip()}">', "</form>")


def html_3(c):
    p = c.person()
    msg = T(c, c.ch("My zip broke after two weeks.", "Do you repair older jackets?", "Please call me back."),
            c.ch("Der Reißverschluss ist nach zwei Wochen kaputt.", "Repariert ihr auch ältere Jacken?",
                 "Bitte um Rückruf."))
    return lines('<div class="contact-form">', f'  <p><b>{T(c, "From", "Von")}:</b> {p.full}</p>',
                 f'  <p><b>{T(c, "Phone", "Telefon")}:</b> {c.phone()}</p>',
                 f'  <p><b>{T(c, "E-mail", "E-Mail")}:</b> {p.mail()}</p>', f'  <p>{msg}</p>', "</div>")


def html_4(c):
    p = c.person()
    if c.lang == "de":
        out = ['<fieldset><legend>Honorar / Auszahlung</legend>', f'<input name="name" value="{p.full}">',
               f'<input name="iban" value="{c.iban()}">']
        if c.maybe(0.6):
            out.append(f'<input name="steuer_id" value="{c.taxid()}">')
    else:
        out = ['<fieldset><legend>Refund to bank account</legend>', f'<input name="account_holder" value="{p.full}">',
               f'<input name="iban" value="{c.iban()}">']
    out.append(f'<input name="ref" value="{c.order_no()}"></fieldset>')
    return lines(*out)


def html_5(c):
    p = c.person()
    q = c.person()
    st = c.addr(form="line")
    return lines('<table class="pickup">', f'<tr><th>{T(c, "Recipient", "Empfänger")}</th><td>{p.full}</td></tr>',
                 f'<tr><th>{T(c, "Collected by", "Abgeholt von")}</th><td>{q.full}</td></tr>',
                 f'<tr><th>{T(c, "Address", "Adresse")}</th><td>{st}</td></tr>',
                 f'<tr><th>{T(c, "Phone", "Telefon")}</th><td>{c.phone()}</td></tr>', "</table>")


# ----------------------------------------------------------------------------- sql_dump

def sql_1(c):
    n = c.rint(1, 3)
    out = ["INSERT INTO customers (id, first_name, last_name, email, phone) VALUES"]
    vals = []
    for i in range(n):
        p = c.person()
        _no_apos(p)
        vals.append(f"  ({c.rint(1000, 99999)}, '{p.giv}', '{p.sur}', '{p.mail()}', '{c.phone()}')")
    out.append(",\n".join(vals) + ";")
    return lines(*out)


def sql_2(c):
    p = c.person()
    _no_apos(p)
    st = c.addr(form="street")
    return lines(f"UPDATE addresses SET street = '{st}', updated_by = 'support'",
                 f"WHERE customer_id = {c.rint(1000, 99999)}; -- {T(c, 'moved, asked by phone', 'umgezogen, tel. gemeldet')}",
                 f"UPDATE customers SET phone = '{c.phone()}' WHERE email = '{p.mail()}';")


def sql_3(c):
    n = c.rint(2, 4)
    out = ["mysql> SELECT id, name, email, last_ip FROM users WHERE flagged = 1;",
           "+------+----------------------+-------------------------------+-----------------+",
           "| id   | name                 | email                         | last_ip         |",
           "+------+----------------------+-------------------------------+-----------------+"]
    for _ in range(n):
        p = c.person()
        out.append(f"| {c.rint(100, 9999)} | {p.full} | {p.mail()} | {c.ip4()} |")
    out += ["+------+----------------------+-------------------------------+-----------------+",
            f"{n} rows in set (0.00 sec)"]
    return lines(*out)


def sql_4(c):
    p = c.person()
    _no_apos(p)
    return lines("INSERT INTO staff_bank (staff_no, holder, iban, tax_id) VALUES",
                 f"  ('S{c.digits(4)}', '{p.full}', '{c.iban('DE' if c.maybe(0.7) else None)}', '{c.taxid(False)}');")


def sql_5(c):
    p = c.person()
    _no_apos(p)
    return lines("-- audit",
                 f"INSERT INTO login_audit (ts, user_email, ip, ok) VALUES ('{c.ts()}', '{p.mail()}', '{c.ip()}', {c.ch(0, 1)});",
                 f"INSERT INTO login_audit (ts, user_email, ip, ok) VALUES ('{c.ts()}', NULL, '{c.ip()}', 0);")


# ----------------------------------------------------------------------------- server_log

UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
       "Mozilla/5.0 (X11; Linux x86_64)", "curl/8.5.0", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)"]
PATHS = ["/de/produkte/kaltkar-daunenjacke", "/en/products/fernkamm-45-10", "/checkout/payment", "/account/login",
         "/api/v2/cart", "/de/filialen/kempten", "/en/returns/start", "/static/app.4f2a1c.js"]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _apache_time(t):
    return f"{t.day:02d}/{MON[t.month - 1]}/{t.year}:{t:%H:%M:%S}"


def log_1(c):
    n = c.rint(2, 6)
    out = []
    login = c.rint(0, n) if c.maybe(0.5) else -1
    for i in range(n + (1 if login >= 0 else 0)):
        t = _apache_time(c.tick())
        if i == login:
            p = c.person()
            out.append(f'{c.ip()} - {p.mail()} [{t} +0100] "POST /account/login HTTP/1.1" 302 0 "-" "{c.pick(UAS)}"')
            continue
        out.append(f'{c.ip()} - - [{t} +0100] "{c.ch("GET", "GET", "POST")} {c.pick(PATHS)} HTTP/1.1" '
                   f'{c.ch(200, 200, 302, 404, 500)} {c.rint(300, 90000)} "-" "{c.pick(UAS)}"')
    return lines(*out)


def log_2(c):
    n = c.rint(2, 5)
    host = c.ch("shop-web-01", "shop-web-02", "bastion", "pos-gw-kempten")
    out = []
    for _ in range(n):
        kind = c.ch("fail", "ok", "inv")
        now = c.tick()
        stamp = f"{MON[now.month - 1]} {now.day:2d} {now:%H:%M:%S}"
        if kind == "fail":
            out.append(f"{stamp} {host} sshd[{c.rint(1000, 9999)}]: "
                       f"Failed password for root from {c.ip()} port {c.rint(30000, 65000)} ssh2")
        elif kind == "inv":
            out.append(f"{stamp} {host} sshd[{c.rint(1000, 9999)}]: "
                       f"Invalid user {c.ch('admin', 'test', 'oracle', 'ubuntu')} from {c.ip()} port {c.rint(30000, 65000)}")
        else:
            out.append(f"{stamp} {host} sshd[{c.rint(1000, 9999)}]: "
                       f"Accepted publickey for deploy from {c.ip()} port {c.rint(30000, 65000)} ssh2")
    return lines(*out)


def log_3(c):
    n = c.rint(2, 4)
    out = []
    for _ in range(n):
        p = c.person()
        out.append(f'{c.ts()} level={c.ch("info", "warn", "info")} svc=checkout msg="{c.ch("payment authorised", "3ds challenge", "address validated", "payment declined")}" '
                   f'customer="{p.full}" email={p.mail()} ip={c.ip()}')
    return lines(*out)


def log_4(c):
    p = c.person()
    return lines(f"[{c.ts()}] ERROR newsletter.sync: bounce for {p.mail()} (550 mailbox unavailable)",
                 f"[{c.ts()}] WARN  crm.import: row {c.rint(2, 900)}: phone '{c.phone()}' has no country code"
                 if c.maybe(0.6) else None,
                 f"[{c.ts()}] INFO  crm.import: merged contact {p.full} <{p.mail()}>",
                 f"[{c.ts()}] DEBUG web: request from {c.ip6()}" if c.maybe(0.6) else None)


def log_5(c):
    n = c.rint(2, 4)
    out = [T(c, "# POS terminal journal", "# Kassenjournal POS")]
    for _ in range(n):
        p = c.person()
        out.append(f"{c.ts()} POS-{c.rint(1, 6)} cashier={p.gi} txn={c.digits(8)} host={c.ip4('priv')}")
    return lines(*out)


# ----------------------------------------------------------------------------- mail_header

def hdr_1(c):
    p = c.person()
    role = c.role_mail()
    return lines(f"Return-Path: <{p.mail()}>",
                 f"Received: from [{c.ip4('priv')}] (p{c.digits(8)}.dip0.t-ipconnect.de [{c.ip4('pub')}])",
                 f"\tby mx.talgrat.de with ESMTPSA id {c.digits(6)}; {c.date('iso')}",
                 f'From: "{p.full}" <{p.mail()}>', f"To: {role}",
                 f"Subject: {T(c, c.ch('Re: your order', 'Return label', 'Question about sizes'), c.ch('Re: Ihre Bestellung', 'Retourenlabel', 'Frage zur Größe'))}")


def hdr_2(c):
    p = c.person()
    q = c.person()
    return lines(f"From: {p.full} <{p.mail()}>", f"To: {q.full} <{c.staff_mail(q)}>",
                 f"Cc: {c.role_mail()}" if c.maybe(0.5) else None,
                 f"Reply-To: {p.mail()}" if c.maybe(0.5) else None,
                 f"X-Originating-IP: [{c.ip()}]", f"Date: {c.date('iso')}")


def hdr_3(c):
    p = c.person()
    return lines(f"Delivered-To: {c.role_mail()}",
                 f"Received: from mail-ej1-f41.google.com ([{c.ip4('pub')}])",
                 f"X-Sender-IP: {c.ip()}", f"Sender: {p.mail()}",
                 f"From: {p.up if c.maybe(0.3) else p.full} <{p.mail()}>",
                 f"Subject: {T(c, 'Fwd: interview slot', 'WG: Termin Vorstellungsgespräch')}")


def hdr_4(c):
    p = c.person()
    q = c.person()
    return lines("---------- Forwarded message ---------" if c.lang == "en" else "---------- Weitergeleitete Nachricht ---------",
                 f"{T(c, 'From', 'Von')}: {p.full} <{p.mail()}>",
                 f"{T(c, 'Date', 'Datum')}: {c.date()}",
                 f"{T(c, 'To', 'An')}: {q.full} <{c.staff_mail(q)}>",
                 f"{T(c, 'Subject', 'Betreff')}: {T(c, 'Keys for the Leeds unit', 'Schlüssel für die Filiale')}")


def hdr_5(c):
    p = c.person()
    return lines(f"Authentication-Results: mx.talgrat.de; spf=pass smtp.mailfrom={p.mail()}",
                 f"Received-SPF: pass (client-ip={c.ip4('pub')})",
                 f"X-Mailer: {c.pick(['Apple Mail (2.3774)', 'Microsoft Outlook 16.0', 'Thunderbird 115.8', 'GMX FreeMail'])}",
                 f"From: {p.lf} <{p.mail()}>" if c.maybe(0.4) else f"From: {p.full} <{p.mail()}>")


# ----------------------------------------------------------------------------- vcard_ical

def vcard_1(c):
    p = c.person()
    st, pc, town, cty = c.addr_cells()
    return lines("BEGIN:VCARD", "VERSION:3.0", f"N:{p.sur};{p.giv};;;", f"FN:{p.full}",
                 f"ORG:{c.ch('Kaltenbach Immobilien', 'Schneefeld Security', 'Talgrat Outdoor GmbH', 'Ridgeway Estates')}",
                 f"TEL;TYPE=CELL:{c.phone(mobile=True)}", f"EMAIL;TYPE=INTERNET:{p.mail()}",
                 f"ADR;TYPE=WORK:;;{st};{town};;{pc};{c.cname(cty)}" if c.maybe(0.7) else None, "END:VCARD")


def vcard_2(c):
    p = c.person()
    return lines("BEGIN:VCARD", "VERSION:4.0", f"FN:{p.full}", f"TEL;VALUE=uri;TYPE=voice:tel:{c.phone()}",
                 f"EMAIL:{p.mail()}", f"NOTE:{T(c, 'keyholder no. 2', 'Schlüsselinhaber Nr. 2')}", "END:VCARD")


def ical_3(c):
    p = c.person()
    q = c.person()
    d = c.rdate()
    return lines("BEGIN:VEVENT", f"DTSTART:{d.strftime('%Y%m%d')}T{c.rint(8, 17):02d}0000",
                 f"SUMMARY:{T(c, 'Personal shopping', 'Persönliche Beratung')} – {p.full}",
                 f"ORGANIZER;CN={q.full}:mailto:{c.staff_mail(q)}",
                 f"ATTENDEE;CN={p.full};RSVP=TRUE:mailto:{p.mail()}",
                 f"LOCATION:Talgrat {c.store()}", f"DESCRIPTION:{T(c, 'Mobile', 'Mobil')} {c.phone(mobile=True)}"
                 if c.maybe(0.6) else None, "END:VEVENT")


def ical_4(c):
    p = c.person()
    q = c.person()
    d = c.rdate()
    return lines("BEGIN:VEVENT", f"DTSTART;TZID=Europe/Berlin:{d.strftime('%Y%m%d')}T{c.rint(8, 16):02d}3000",
                 f"SUMMARY:{T(c, 'Interview', 'Vorstellungsgespräch')}: {p.LF}",
                 f"ORGANIZER;CN={q.full}:mailto:{c.staff_mail(q)}",
                 f"ATTENDEE;CN={p.full}:mailto:{p.mail()}", "END:VEVENT")


def vcard_5(c):
    p = c.person()
    st, pc, town, cty = c.addr_cells()
    return lines("BEGIN:VCARD", "VERSION:2.1", f"N:{p.sur};{p.giv}", f"FN:{p.full}",
                 f"TEL;HOME:{c.phone(mobile=False)}", f"ADR;HOME:;;{st};{town};;{pc}", "END:VCARD")


# ----------------------------------------------------------------------------- ocr_scan

def _noise(c, s):
    subs = [("O", "0"), ("l", "1"), ("S", "5"), ("e", "c"), ("m", "rn")]
    out = s
    for a, b in subs:
        if a in out and c.maybe(0.35):
            i = out.index(a)
            out = out[:i] + b + out[i + 1:]
    return out


def ocr_1(c):
    p = c.person()
    st, pc, town, cty = c.addr_cells()
    return lines(_noise(c, T(c, "RETURNS FORM  /  Talgrat Outdoor", "RETOURENSCHEIN  /  Talgrat Outdoor")),
                 f"{_noise(c, T(c, 'Name', 'Name'))}: {p.up if c.maybe(0.5) else p.full}",
                 f"{_noise(c, T(c, 'Street', 'Straße'))}: {st}",
                 f"{_noise(c, T(c, 'Postcode/Town', 'PLZ/Ort'))}: {pc} {town}",
                 f"{_noise(c, T(c, 'Order no.', 'Bestell-Nr.'))} {c.order_no()}",
                 f"{_noise(c, T(c, 'Reason', 'Grund'))}: {T(c, c.ch('too small', 'faulty zip', 'changed mind'), c.ch('zu klein', 'Reißverschluss defekt', 'gefällt nicht'))}")


def ocr_2(c):
    p = c.person()
    return lines(_noise(c, T(c, "BANK TRANSFER / CREDIT SLIP", "SEPA-ÜBERWEISUNG")),
                 f"{_noise(c, T(c, 'Beneficiary', 'Empfänger'))}: Talgrat Outdoor GmbH",
                 f"{_noise(c, T(c, 'Payer', 'Auftraggeber'))}: {p.up}",
                 f"IBAN: {c.iban()}",
                 f"{_noise(c, T(c, 'Reference', 'Verwendungszweck'))}: {c.order_no()}",
                 f"{_noise(c, T(c, 'Amount', 'Betrag'))}: {c.money()}")


def ocr_3(c):
    p = c.person()
    return lines(_noise(c, T(c, "WARRANTY CARD", "GARANTIEKARTE")),
                 f"{_noise(c, T(c, 'Purchased by', 'Käufer'))} : {p.full}",
                 f"{_noise(c, T(c, 'Phone', 'Telefon'))} : {c.phone()}",
                 f"{_noise(c, T(c, 'E-mail', 'E-Mail'))} : {p.mail()}",
                 f"{_noise(c, T(c, 'Date of purchase', 'Kaufdatum'))} : {c.date()}",
                 f"{_noise(c, T(c, 'Dealer stamp', 'Händlerstempel'))} : Sporthaus {c.ch('Alpin', 'Gipfel', 'Talblick')}")


def ocr_4(c):
    p = c.person()
    if c.lang == "de" or c.maybe(0.4):
        return lines(_noise(c, "Personalfragebogen  Seite 1/2" if c.lang == "de" else "Staff questionnaire (German payroll)  p. 1/2"),
                     f"{_noise(c, 'Familienname')}: {p.sur}", f"{_noise(c, 'Vorname')}: {p.giv}",
                     f"{_noise(c, 'Steuer-ID' if c.maybe(0.5) else 'Steuerliche Identifikationsnummer')}: {c.taxid()}",
                     f"{_noise(c, 'IBAN')}: {c.iban('DE')}", f"{_noise(c, 'Eintritt')}: {c.date('num') if c.lang == 'de' else c.date('iso')}")
    return lines(_noise(c, "NEW STARTER FORM  p. 1/2"), f"{_noise(c, 'Surname')}: {p.sur}",
                 f"{_noise(c, 'First name(s)')}: {p.giv}", f"{_noise(c, 'Home address')}: {c.addr(form='line')}",
                 f"{_noise(c, 'Mobile')}: {c.phone(mobile=True)}", f"{_noise(c, 'Bank')}: {c.iban()}")


def ocr_5(c):
    p = c.person()
    q = c.person()
    return lines(_noise(c, T(c, "ACCIDENT BOOK  entry 14", "UNFALLBUCH  Eintrag 14")),
                 f"{_noise(c, T(c, 'Injured person', 'Verletzte Person'))}: {p.full}",
                 f"{_noise(c, T(c, 'Home address', 'Anschrift'))}: {c.addr(form='line')}",
                 f"{_noise(c, T(c, 'Reported by', 'Gemeldet von'))}: {q.ini}",
                 f"{_noise(c, T(c, 'First aid', 'Erste Hilfe'))}: {T(c, 'plaster, ice pack', 'Pflaster, Kühlpack')}")


# ----------------------------------------------------------------------------- visitor_log (new)

def visitor_1(c):
    n = c.rint(2, 5)
    out = [T(c, "| Date | In | Visitor | Company | Host | Badge | Out |", "| Datum | Ein | Besucher | Firma | Gastgeber | Ausweis | Aus |"),
           "|---|---|---|---|---|---|---|"]
    d = c.date("iso" if c.lang == "en" else "num")
    for _ in range(n):
        v = c.person()
        h = c.person()
        comp = c.ch("Schneefeld Security", "Kaltenbach Immobilien", "Bergwerk Logistik", "Elektro Maurer", "Peakline PR",
                    "Northtrail Media", "Hausverwaltung Sonnhalde", "Gipfelbau GmbH")
        t_in, t_out = c.clocks()
        out.append(f"| {d} | {t_in} | {v.full} | {comp} | {h.gi if c.maybe(0.5) else h.full} | V-{c.digits(4)} | {t_out} |")
    return lines(*out)


def visitor_2(c):
    n = c.rint(2, 5)
    out = [T(c, "visitor_signin_export.csv", "besucher_export.csv"),
           T(c, "timestamp;visitor;company;host;phone;purpose", "zeit;besucher;firma;gastgeber;telefon;zweck")]
    for _ in range(n):
        v = c.person()
        h = c.person()
        comp = c.ch("Elektro Maurer", "Aufzug-Service Süd", "Lakeland Property", "Ridgeway Estates", "Kühltechnik Brandl",
                    "Trailhead Staffing")
        purpose = T(c, c.ch("fire door check", "interview", "lift service", "meter reading", "audit"),
                    c.ch("Brandschutztür", "Vorstellungsgespräch", "Aufzugwartung", "Zählerablesung", "Audit"))
        out.append(f"{c.ts()};{v.full};{comp};{h.full};{c.phone() if c.maybe(0.7) else ''};{purpose}")
    return lines(*out)


def visitor_3(c):
    v = c.person()
    h = c.person()
    return lines(T(c, "VISITOR PASS  No. ", "BESUCHERAUSWEIS  Nr. ") + c.digits(5),
                 f"{T(c, 'Name', 'Name')}: {v.up if c.maybe(0.4) else v.full}",
                 f"{T(c, 'Visiting', 'Besucht')}: {h.hon} ({T(c, 'warehouse', 'Lager')} {c.ch('Kempten', 'Leeds', 'Innsbruck', 'Hamburg')})",
                 f"{T(c, 'Mobile', 'Mobil')}: {c.phone(mobile=True)}",
                 f"{T(c, 'Valid', 'Gültig')}: {c.date()} {'–'.join(c.clocks())}",
                 T(c, "Wear visibly. Return at reception.", "Gut sichtbar tragen. Am Empfang zurückgeben."))


def visitor_4(c):
    n = c.rint(2, 4)
    out = [T(c, "NAME                      COMPANY                 HOST            IN     OUT",
             "NAME                      FIRMA                   GASTGEBER       EIN    AUS")]
    for _ in range(n):
        v = c.person()
        h = c.person()
        comp = c.ch("Bergwerk Logistik", "Gipfelbau GmbH", "Northtrail Media", "Schneefeld Security", "Summit Facilities")
        form = c.ch("LF", "full", "up")
        vs = {"LF": v.LF, "full": v.full, "up": v.up}[form]
        t_in, t_out = c.clocks()
        out.append(f"{vs}    {comp}    {h.ini}    {t_in}  {t_out}")
    return lines(*out)


def visitor_5(c):
    v = c.person()
    h = c.person()
    return lines("{" + f'"visitor": {{"name": "{v.full}", "email": "{v.mail()}", "company": "{c.ch("Peakline PR", "Elektro Maurer", "Ridgeway Estates")}"}},',
                 f' "host": "{h.full}", "site": "{c.ch("HQ Oberhalden", "DC Kempten", "Store Leeds", "Store Wien")}",',
                 f' "checked_in": "{c.ts()}", "kiosk_ip": "{c.ip4("priv")}"' + "}")


# ----------------------------------------------------------------------------- wifi_portal_log (new)

def _mac(c):
    return ":".join(f"{c.rint(0, 255):02x}" for _ in range(6))


def wifi_1(c):
    n = c.rint(2, 5)
    out = []
    for _ in range(n):
        p = c.person()
        out.append(f"{c.ts()} portal=guest-{c.ch('muc', 'kem', 'ibk', 'lds', 'wien')} event=login method=email "
                   f"user={p.mail()} mac={_mac(c)} ip={c.ip4('priv')}")
    return lines(*out)


def wifi_2(c):
    n = c.rint(2, 4)
    out = []
    for _ in range(n):
        out.append(f"{c.ts()} sms-otp sent to {c.phone(mobile=True)} session={c.digits(8)} ap=AP-{c.rint(1, 12):02d} "
                   f"client={c.ip()}")
    return lines(*out)


def wifi_3(c):
    p = c.person()
    return lines(f"[captive] {c.ts()} accept terms: name=\"{p.full}\" email={p.mail()}",
                 f"[captive] {c.ts()} dhcp lease {c.ip4('priv')} -> {_mac(c)} ({c.ch('iPhone', 'Pixel-8', 'Galaxy-S23', 'MacBook')})",
                 f"[captive] {c.ts()} wan nat {c.ip4('pub')}" if c.maybe(0.6) else None,
                 f"[captive] {c.ts()} ipv6 {c.ip6('glob')}" if c.maybe(0.4) else None)


def wifi_4(c):
    n = c.rint(2, 4)
    out = [T(c, "session_id,started,user,mac,ipv6,mb_used", "session_id;start;nutzer;mac;ipv6;mb")]
    sep = "," if c.lang == "en" else ";"
    for _ in range(n):
        p = c.person()
        out.append(sep.join([c.digits(7), c.ts(), p.mail(), _mac(c), c.ip6(c.ch("glob", "ll", "ula")), str(c.rint(1, 900))]))
    return lines(*out)


def wifi_5(c):
    p = c.person()
    return lines(T(c, "Guest Wi-Fi – access request", "Gäste-WLAN – Zugangsanfrage"),
                 f"{T(c, 'Name', 'Name')}: {p.full}", f"{T(c, 'Phone for code', 'Telefon für Code')}: {c.phone(mobile=True)}",
                 f"{T(c, 'Device IP', 'Geräte-IP')}: {c.ip()}",
                 f"{T(c, 'Marketing opt-in', 'Werbung erlaubt')}: {T(c, c.ch('yes', 'no'), c.ch('ja', 'nein'))}")


# ----------------------------------------------------------------------------- keyholder_list (new)

def key_1(c):
    n = c.rint(2, 4)
    out = [T(c, f"# Keyholders – {c.store()} store", f"# Schlüsselinhaber – Filiale {c.store()}"),
           T(c, f"Alarm company ref: AL-{c.digits(5)}", f"Wachdienst-Kundennr.: AL-{c.digits(5)}")]
    for i in range(n):
        p = c.person()
        role = T(c, c.ch("store manager", "deputy", "supervisor", "senior sales"), c.ch("Filialleitung", "Stellvertretung", "Schichtleitung", "Verkauf"))
        out.append(f"{i + 1}. {p.full} ({role}) – {c.phone()}")
    return lines(*out)


def key_2(c):
    n = c.rint(2, 3)
    out = ["keyholders:"]
    for i in range(n):
        p = c.person()
        out += [f"  - order: {i + 1}", f"    name: {p.full}", f"    mobile: \"{c.phone(mobile=True)}\""]
        if c.maybe(0.3):
            out.append(f"    home: \"{c.phone(mobile=False)}\"")
    return lines(*out)


def key_3(c):
    p = c.person()
    q = c.person()
    return lines("[store]", f"id = {c.ch('DE-KEM', 'DE-MUC', 'AT-IBK', 'GB-LDS', 'CH-ZRH')}-0{c.rint(1, 9)}",
                 "[keyholder.1]", f"name = {p.full}", f"phone = {c.phone()}",
                 "[keyholder.2]", f"name = {q.full}", f"phone = {c.phone()}",
                 f"email = {q.mail()}" if c.maybe(0.5) else None)


def key_4(c):
    n = c.rint(2, 4)
    out = [T(c, "| # | Keyholder | Mobile | Lives near store |", "| Nr. | Schlüssel | Mobil | Wohnt in der Nähe |"), "|---|---|---|---|"]
    for i in range(n):
        p = c.person()
        out.append(f"| {i + 1} | {p.LF if c.maybe(0.3) else p.full} | {c.phone(mobile=True)} | {T(c, c.ch('yes', 'no'), c.ch('ja', 'nein'))} |")
    return lines(*out)


def key_5(c):
    p = c.person()
    q = c.person()
    return lines(T(c, "KEY HANDOVER RECEIPT", "SCHLÜSSELÜBERGABE – QUITTUNG"),
                 f"{T(c, 'Keys', 'Schlüssel')}: {c.rint(1, 4)}x {T(c, 'front door', 'Haupteingang')}, 1x {T(c, 'stockroom', 'Lager')}",
                 f"{T(c, 'Handed over by', 'Übergeben von')}: {p.full}",
                 f"{T(c, 'Received by', 'Erhalten von')}: {q.full}, {c.addr(form='line')}",
                 f"{T(c, 'Date', 'Datum')}: {c.date()}")


LAYOUTS = {
    "lead_csv": [lead_csv_1, lead_csv_2, lead_csv_3, lead_csv_4, lead_csv_5],
    "json_record": [json_1, json_2, json_3, yaml_4, yaml_5, json_6],
    "tsv_export": [tsv_1, tsv_2, tsv_3, tsv_4, tsv_5],
    "html_form": [html_1, html_2, html_3, html_4, html_5],
    "sql_dump": [sql_1, sql_2, sql_3, sql_4, sql_5],
    "server_log": [log_1, log_2, log_3, log_4, log_5],
    "mail_header": [hdr_1, hdr_2, hdr_3, hdr_4, hdr_5],
    "vcard_ical": [vcard_1, vcard_2, ical_3, ical_4, vcard_5],
    "ocr_scan": [ocr_1, ocr_2, ocr_3, ocr_4, ocr_5],
    "visitor_log": [visitor_1, visitor_2, visitor_3, visitor_4, visitor_5],
    "wifi_portal_log": [wifi_1, wifi_2, wifi_3, wifi_4, wifi_5],
    "keyholder_list": [key_1, key_2, key_3, key_4, key_5],
}
