"""The 12 machine-layout genres of the dev half of the thirtieth PII bank, for both languages.
Field names and short phrases follow the text's language. Each function returns a marked text."""

from pii30_dev_core import lab, make_ipv4, make_ipv6


def T(g, en, de):
    return en if g.lang == "en" else de


def persons(g, lo, hi):
    return [g.person() for _ in range(g.rng.randint(lo, hi))]


def q(s):
    return '"' + s + '"'


# ---------------------------------------------------------------------------------------------
# lead_csv

def lead_csv_1(g):
    rows = persons(g, 2, 6)
    sep = g.ch([",", ";"])
    head = T(g, ["last_name", "first_name", "email", "phone", "city"], ["nachname", "vorname", "email", "telefon", "ort"])
    out = [sep.join(head)]
    for p in rows:
        out.append(sep.join([p.last, p.first, p.email, g.ch([p.mobile, p.phone]), p.town.replace(",", "")]))
    return "\n".join(out)


def lead_csv_2(g):
    rows = persons(g, 2, 5)
    head = T(g, "Salutation;Title;First name;Last name;Street;Postcode;Town;E-mail",
             "Anrede;Titel;Vorname;Nachname;Straße;PLZ;Ort;E-Mail")
    out = [head]
    for p in rows:
        sal = T(g, {"m": "Mr", "f": g.ch(["Ms", "Mrs"])}[p.gender], {"m": "Herr", "f": "Frau"}[p.gender])
        title = g.ch(["", "", "", "Dr."])
        out.append(";".join([sal, title, p.first, p.last, p.street, p.postcode, p.town, p.email]))
    return "\n".join(out)


def lead_csv_3(g):
    rows = persons(g, 2, 6)
    out = ["email\tfirst\tlast\tsignup_ip\tdate" if g.lang == "en" or g.rng.random() < 0.5
           else "email\tvorname\tnachname\tanmelde_ip\tdatum"]
    for p in rows:
        ip = lab("N", make_ipv6(g.rng) if g.rng.random() < 0.25 else make_ipv4(g.rng))
        out.append("\t".join([p.email, p.first, p.last, ip, g.iso_date]))
    return "\n".join(out)


def lead_csv_4(g):
    rows = persons(g, 2, 5)
    clubs = T(g, ["Fellside Walking Club", "Northern Scouts", "Trail Runners Leeds", "Harbour Kayak Club",
                  "Peak Rambling Society", "University Hillwalkers"],
              ["Alpenverein Sektion Allgäu", "Wanderfreunde Talblick", "Lauftreff Seeufer",
               "Skiclub Hochgrat", "DAV Jugend Kempten", "Kletterverein Felsband"])
    out = [T(g, '"Name","Club","Email"', '"Name","Verein","E-Mail"')]
    for p in rows:
        nm = g.ch([p.lf, p.LF])
        out.append(",".join([q(nm), q(g.ch(clubs)), q(p.email)]))
    return "\n".join(out)


def lead_csv_5(g):
    rows = persons(g, 2, 5)
    out = [T(g, "badge|name|company|email|mobile", "badge|name|firma|email|mobil")]
    for p in rows:
        badge = "B%05d" % g.rng.randint(100, 99999)
        out.append("|".join([badge, g.ch([p.full, p.full, p.up]), p.co, p.workmail, p.mobile]))
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# json_record

def json_record_1(g):
    p = g.person()
    ind = "  "
    lines = ["{", ind + '"id": "C%d",' % g.rng.randint(100000, 999999),
             ind + '"firstName": ' + q(p.first) + ",",
             ind + '"lastName": ' + q(p.last) + ",",
             ind + '"email": ' + q(p.email) + ","]
    if g.rng.random() < 0.6:
        lines.append(ind + '"phone": ' + q(p.e164 if g.rng.random() < 0.5 else p.mobile) + ",")
    lines += [ind + '"address": {',
              ind * 2 + '"street": ' + q(p.street) + ",",
              ind * 2 + '"postcode": ' + q(p.postcode) + ",",
              ind * 2 + '"city": ' + q(p.town) + ",",
              ind * 2 + '"country": ' + q(p.country),
              ind + "},",
              ind + '"lastLoginIp": ' + q(g.anyip),
              "}"]
    return "\n".join(lines)


def json_record_2(g):
    p = g.person(country=g.ch(["DE", "DE", "AT", "CH"]) if g.lang == "de" else None)
    lines = [T(g, "member:", "mitglied:"),
             "  id: M-%d" % g.rng.randint(10000, 99999),
             "  name: " + g.ch([p.full, p.lf]),
             "  email: " + p.email,
             "  tier: " + g.ch(["summit", "ridge", "valley"]),
             "  payout:",
             "    iban: " + p.iban,
             "    holder: " + p.full]
    if p.country == "DE" and g.rng.random() < 0.6:
        lines.append("  tax_id: " + p.taxid)
    if g.rng.random() < 0.5:
        lines.append("  joined: " + g.iso_date)
    return "\n".join(lines)


def json_record_3(g):
    p = g.person()
    lines = ["<customer id=\"%d\">" % g.rng.randint(1000, 99999),
             "  <surname>" + p.last + "</surname>",
             "  <givenName>" + p.first + "</givenName>",
             "  <email>" + p.email + "</email>"]
    if g.rng.random() < 0.7:
        lines.append("  <phone>" + p.phone + "</phone>")
    lines += ["  <address>",
              "    <street>" + p.street + "</street>",
              "    <zip>" + p.postcode + "</zip>",
              "    <city>" + p.town + "</city>",
              "  </address>",
              "</customer>"]
    return "\n".join(lines)


def json_record_4(g):
    out = []
    for _ in range(g.rng.randint(2, 5)):
        p = g.person()
        ev = g.ch(["email_changed", "phone_changed", "login", "address_changed", "password_reset"])
        if ev == "email_changed":
            body = '"old": %s, "new": %s' % (q(p.email2), q(p.email))
        elif ev == "phone_changed":
            body = '"customer": %s, "phone": %s' % (q(p.full), q(p.e164))
        elif ev == "address_changed":
            body = '"customer": %s, "street": %s' % (q(p.lf), q(p.street))
        else:
            body = '"user": %s' % q(p.email)
        out.append('{"ts": "%s", "event": "%s", %s, "ip": %s}' % (g.iso_ts, ev, body, q(g.anyip)))
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# server_log

MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def clf_time(g):
    return "%02d/%s/%d:%02d:%02d:%02d +0%d00" % (g.rng.randint(1, 28), g.ch(MONS), g.ch([2024, 2025]),
                                                g.rng.randint(0, 23), g.rng.randint(0, 59), g.rng.randint(0, 59),
                                                g.ch([0, 1, 2]))


def server_log_1(g):
    out = []
    for _ in range(g.rng.randint(2, 6)):
        ip = g.anyip
        if g.rng.random() < 0.5:
            p = g.person()
            path = g.ch(["/account/orders?email=", "/api/newsletter/confirm?email=", "/returns/lookup?email="]) + p.email
        else:
            path = g.ch(["/de/rucksaecke", "/en/jackets/kaltkar", "/cart", "/static/app.js", "/checkout/payment"])
        out.append('%s - - [%s] "GET %s HTTP/1.1" %d %d' % (ip, clf_time(g), path, g.ch([200, 200, 302, 404]),
                                                             g.rng.randint(300, 48000)))
    return "\n".join(out)


def server_log_2(g):
    out = []
    for _ in range(g.rng.randint(2, 5)):
        p = g.person()
        kind = g.ch(["address.update", "otp.sent", "profile.merge"])
        if kind == "address.update":
            body = 'customer="%s" street="%s"' % (p.lf, p.street)
        elif kind == "otp.sent":
            body = 'customer="%s" to=%s' % (p.full, p.e164)
        else:
            body = 'kept=%s dropped=%s' % (p.email, p.email2)
        out.append("%s %s %s %s ip=%s" % (g.iso_ts, g.ch(["INFO", "INFO", "WARN"]), kind, body, g.anyip))
    return "\n".join(out)


def server_log_3(g):
    out = []
    for _ in range(g.rng.randint(2, 5)):
        p = g.person()
        qid = "".join(g.ch("0123456789ABCDEF") for _ in range(10))
        relay_ip = lab("N", make_ipv4(g.rng, "public"))
        out.append("%s %02d %02d:%02d:%02d mx1 postfix/smtp[%d]: %s: to=<%s>, relay=mx.%s[%s]:25, status=%s" % (
            g.ch(MONS), g.rng.randint(1, 28), g.rng.randint(0, 23), g.rng.randint(0, 59), g.rng.randint(0, 59),
            g.rng.randint(1000, 30000), qid, p.email, p.email_plain.split("@")[1], relay_ip,
            g.ch(["sent (250 OK)", "deferred", "bounced (550 5.1.1 user unknown)"])))
    return "\n".join(out)


def server_log_4(g):
    out = []
    for _ in range(g.rng.randint(2, 5)):
        p = g.person(country=g.country)
        res = g.ch(["ok", "ok", "fail"])
        line = "%s sso login=%s user=%s src=%s" % (g.iso_ts, res, p.staffmail, g.anyip)
        if g.rng.random() < 0.5:
            line += " mfa=sms:" + p.e164
        out.append(line)
    return "\n".join(out)


def server_log_5(g):
    p = g.person()
    ip = g.anyip
    out = ["[WAF] %s rule=%d action=%s src=%s" % (g.iso_ts, g.rng.randint(900000, 949999), g.ch(["block", "log"]), ip),
           "  uri=/account/login",
           "  account=" + p.email]
    if g.rng.random() < 0.5:
        out.append("  note=%s" % T(g, "repeated failures for " + p.full, "wiederholte Fehlversuche für " + p.full))
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# mail_header

def rfc_date(g):
    return "%s, %d %s %d %02d:%02d:%02d +0%d00" % (g.ch(["Mon", "Tue", "Wed", "Thu", "Fri"]), g.rng.randint(1, 28),
                                                 g.ch(MONS), g.ch([2024, 2025]), g.rng.randint(6, 22),
                                                 g.rng.randint(0, 59), g.rng.randint(0, 59), g.ch([0, 1]))


def mail_header_1(g):
    p = g.person()
    dom = p.email_plain.split("@")[1]
    out = ["Return-Path: <" + p.email + ">",
           "Received: from mail.%s (mail.%s [%s])" % (dom, dom, g.anyip),
           "        by mx1.talgrat.%s with ESMTPS; %s" % (T(g, "com", "de"), rfc_date(g)),
           'From: "' + p.full + '" <' + p.email + ">",
           "To: " + g.support_mail,
           "Subject: " + T(g, g.ch(["Re: your order ", "Return for ", "Question about "]),
                           g.ch(["AW: Ihre Bestellung ", "Retoure zu ", "Frage zu "])) + g.order,
           "Date: " + rfc_date(g)]
    if g.rng.random() < 0.6:
        out.append("X-Originating-IP: [" + g.ip + "]")
    return "\n".join(out)


def mail_header_2(g):
    p, r = g.person(), g.person(country=g.country)
    out = [T(g, "---------- Forwarded message ---------", "---------- Weitergeleitete Nachricht ---------"),
           T(g, "From: ", "Von: ") + p.full + " <" + p.email + ">",
           T(g, "Date: ", "Datum: ") + g.date_long,
           T(g, "Subject: ", "Betreff: ") + T(g, "Parcel went to my neighbour", "Paket beim Nachbarn"),
           T(g, "To: ", "An: ") + r.first + " <" + r.staffmail + ">"]
    if g.rng.random() < 0.5:
        out += ["", T(g, "Hi, the parcel for ", "Hallo, das Paket für ") + g.order +
                T(g, " is at number ", " liegt bei Nummer ") + str(g.rng.randint(2, 40)) + "."]
    return "\n".join(out)


def mail_header_3(g):
    p = g.person()
    cc = persons(g, 1, 2)
    out = [T(g, "From: ", "Von: ") + p.lf + " <" + p.email + ">",
           T(g, "Sent: ", "Gesendet: ") + g.day_date + " " + g.hhmm,
           T(g, "To: ", "An: ") + g.support_mail,
           "Cc: " + "; ".join(g.ch([c.lf, c.lf, c.LF]) + " <" + c.email + ">" for c in cc),
           T(g, "Subject: ", "Betreff: ") + T(g, "Invoice ", "Rechnung ") + g.order]
    return "\n".join(out)


def mail_header_4(g):
    p = g.person()
    dom = p.email_plain.split("@")[1]
    out = ["From: " + lab("E", "MAILER-DAEMON@mx1.talgrat." + T(g, "com", "de")),
           "Subject: Undelivered Mail Returned to Sender",
           "",
           "Final-Recipient: rfc822; " + p.email,
           "Original-Recipient: rfc822; " + p.email,
           "Action: failed",
           "Status: 5.1.1",
           "Remote-MTA: dns; mx.%s [%s]" % (dom, lab("N", make_ipv4(g.rng, "public")))]
    if g.rng.random() < 0.5:
        out.append("Diagnostic-Code: smtp; 550 5.1.1 <" + p.email + ">: Recipient address rejected")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# html_form

def html_form_1(g):
    p = g.person()
    out = ['<form action="/contact" method="post">',
           '  <input name="first_name" value="' + p.first + '">',
           '  <input name="last_name" value="' + p.last + '">',
           '  <input name="email" type="email" value="' + p.email + '">']
    if g.rng.random() < 0.6:
        out.append('  <input name="phone" type="tel" value="' + p.phone + '">')
    if g.rng.random() < 0.5:
        out.append('  <input name="street" value="' + p.street + '">')
    out.append('  <textarea name="message">' + T(g, g.ch(["Where is my order ", "Please cancel "]),
                                                     g.ch(["Wo bleibt meine Bestellung ", "Bitte stornieren: "])) + g.order + "</textarea>")
    out.append("</form>")
    return "\n".join(out)


def html_form_2(g):
    p = g.person()
    out = ["<fieldset>",
           "  <legend>" + T(g, "Delivery address", "Lieferadresse") + "</legend>",
           '  <input name="name" value="' + p.full + '">',
           '  <input name="street" value="' + p.street + '">',
           '  <input name="zip" value="' + p.postcode + '">',
           '  <input name="city" value="' + p.town + '">',
           '  <input type="hidden" name="client_ip" value="' + g.anyip + '">',
           "</fieldset>"]
    return "\n".join(out)


def html_form_3(g):
    p = g.person()
    out = ['<div class="payment">',
           '  <label>' + T(g, "Cardholder", "Karteninhaber") + '</label> <input value="' + p.up + '">',
           '  <label>' + T(g, "Card number", "Kartennummer") + '</label> <input value="' + p.card + '">',
           '  <label>' + T(g, "Refund IBAN", "IBAN für Erstattung") + '</label> <input value="' + p.iban + '">']
    if g.rng.random() < 0.5:
        out.append('  <a href="mailto:' + p.email + '">' + T(g, "Contact", "Kontakt") + "</a>")
    out.append("</div>")
    return "\n".join(out)


def html_form_4(g):
    rows = persons(g, 2, 5)
    out = ["<table>", "  <tr><th>" + T(g, "Name", "Name") + "</th><th>E-Mail</th><th>" +
           T(g, "Phone", "Telefon") + "</th></tr>"]
    for p in rows:
        out.append("  <tr><td>" + g.ch([p.full, p.lf]) + "</td><td>" + p.email + "</td><td>" + p.mobile + "</td></tr>")
    out.append("</table>")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# vcard_ical

def vcard_1(g):
    p = g.person()
    cn = {"en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
                 "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
          "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA",
                 "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"}}[g.lang][p.country]
    out = ["BEGIN:VCARD", "VERSION:3.0",
           "N:" + p.last + ";" + p.first + ";;;",
           "FN:" + p.full]
    if g.rng.random() < 0.5:
        out.append("ORG:" + p.co)
    out += ["TEL;TYPE=CELL:" + p.mobile,
            "EMAIL;TYPE=INTERNET:" + p.email,
            "ADR;TYPE=HOME:;;" + p.street + ";" + p.town + ";;" + p.postcode + ";" + cn,
            "END:VCARD"]
    return "\n".join(out)


def vcard_2(g):
    p = g.person()
    out = ["BEGIN:VCARD", "VERSION:4.0",
           "N:" + p.last + ";" + p.first + ";;;",
           "FN:" + p.full,
           "TEL;VALUE=uri;TYPE=cell:tel:" + p.e164,
           "EMAIL:" + p.email]
    if g.rng.random() < 0.5:
        out.append("NOTE:" + T(g, "Customer since ", "Kundin/Kunde seit ") + g.iso_date)
    out.append("END:VCARD")
    return "\n".join(out)


def vcard_3(g):
    p = g.person()
    out = ["BEGIN:VCARD", "VERSION:2.1",
           "N:" + p.last + ";" + p.first,
           "FN:" + p.full,
           "TEL;WORK;VOICE:" + p.landline,
           "TEL;CELL:" + p.mobile,
           "EMAIL;PREF;INTERNET:" + p.workmail,
           "ORG:" + p.co,
           "END:VCARD"]
    return "\n".join(out)


def vcard_4(g):
    p, c = g.person(country=g.country), g.person()
    ts = g.iso_date.replace("-", "")
    summ = T(g, g.ch(["Boot fitting – ", "Repair pick-up – ", "Avalanche course – "]),
             g.ch(["Schuhanpassung – ", "Reparaturabholung – ", "Lawinenkurs – "]))
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT",
           "DTSTART:%sT%02d0000" % (ts, g.rng.randint(9, 17)),
           "SUMMARY:" + summ + c.full,
           "ORGANIZER;CN=" + p.full + ":mailto:" + p.staffmail,
           "ATTENDEE;CN=" + c.full + ":mailto:" + c.email]
    if g.rng.random() < 0.5:
        out.append("DESCRIPTION:" + T(g, "Call if late: ", "Bei Verspätung: ") + c.mobile)
    out += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# saml_assertion

def saml_1(g):
    p = g.person(country=g.country)
    out = ['<saml:Assertion ID="_%x" IssueInstant="%s">' % (g.rng.randint(16 ** 9, 16 ** 10), g.iso_ts),
           "  <saml:Subject>",
           '    <saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">' + p.staffmail + "</saml:NameID>",
           '    <saml:SubjectConfirmationData Address="' + g.anyip + '"/>',
           "  </saml:Subject>",
           "  <saml:AttributeStatement>",
           '    <saml:Attribute Name="givenName"><saml:AttributeValue>' + p.first + "</saml:AttributeValue></saml:Attribute>",
           '    <saml:Attribute Name="sn"><saml:AttributeValue>' + p.last + "</saml:AttributeValue></saml:Attribute>"]
    if g.rng.random() < 0.5:
        out.append('    <saml:Attribute Name="mobile"><saml:AttributeValue>' + p.e164 + "</saml:AttributeValue></saml:Attribute>")
    out += ["  </saml:AttributeStatement>", "</saml:Assertion>"]
    return "\n".join(out)


def saml_2(g):
    p = g.person(country=g.country)
    out = ["<saml:AttributeStatement>",
           '  <saml:Attribute Name="displayName"><saml:AttributeValue>' + g.ch([p.full, p.lf]) + "</saml:AttributeValue></saml:Attribute>",
           '  <saml:Attribute Name="mail"><saml:AttributeValue>' + p.staffmail + "</saml:AttributeValue></saml:Attribute>",
           '  <saml:Attribute Name="department"><saml:AttributeValue>' +
           T(g, g.ch(["Store " + g.store, "Customer Service", "Warehouse"]), g.ch(["Filiale " + g.store, "Kundenservice", "Lager"])) +
           "</saml:AttributeValue></saml:Attribute>",
           "</saml:AttributeStatement>"]
    return "\n".join(out)


def saml_3(g):
    out = []
    for _ in range(g.rng.randint(2, 4)):
        p = g.person(country=g.country)
        out.append("%s saml sp=talgrat-pos nameid=%s attrs={givenName: %s, sn: %s} src=%s result=%s" % (
            g.iso_ts, p.staffmail, p.first, p.last, g.anyip, g.ch(["success", "success", "AuthnFailed"])))
    return "\n".join(out)


def saml_4(g):
    p = g.person(country=g.country)
    out = ['<md:ContactPerson contactType="' + g.ch(["technical", "support", "administrative"]) + '">',
           "  <md:Company>Talgrat Outdoor</md:Company>",
           "  <md:GivenName>" + p.first + "</md:GivenName>",
           "  <md:SurName>" + p.last + "</md:SurName>",
           "  <md:EmailAddress>mailto:" + p.staffmail + "</md:EmailAddress>"]
    if g.rng.random() < 0.7:
        out.append("  <md:TelephoneNumber>" + p.phone + "</md:TelephoneNumber>")
    out.append("</md:ContactPerson>")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# scim_provisioning

def scim_1(g):
    with_tax = g.rng.random() < 0.45
    p = g.person(country="DE" if with_tax else g.country)
    out = ["POST /scim/v2/Users",
           "{",
           '  "userName": ' + q(p.staffmail) + ",",
           '  "name": {"givenName": ' + q(p.first) + ', "familyName": ' + q(p.last) + "},",
           '  "displayName": ' + q(p.full) + ","]
    if g.rng.random() < 0.6:
        out.append('  "phoneNumbers": [{"type": "mobile", "value": ' + q(p.e164) + "}],")
    if g.rng.random() < 0.5:
        out.append('  "addresses": [{"type": "home", "streetAddress": ' + q(p.street) + ', "postalCode": ' +
                   q(p.postcode) + ', "locality": ' + q(p.town) + "}],")
    if with_tax:
        out.append('  "urn:ietf:params:scim:schemas:extension:talgrat:2.0:User": {"taxId": ' + q(p.taxid) + "},")
    out += ['  "active": true', "}"]
    return "\n".join(out)


def scim_2(g):
    p = g.person(country=g.country)
    op = g.ch(["emails", "phoneNumbers"])
    val = p.email if op == "emails" else p.mobile
    out = ["PATCH /scim/v2/Users/%x" % g.rng.randint(16 ** 7, 16 ** 8),
           '{"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],',
           ' "Operations": [{"op": "replace", "path": "' + op + '", "value": [{"value": ' + q(val) + ', "primary": true}]}]}']
    if g.rng.random() < 0.5:
        out.append("# " + T(g, "requested by ", "angefordert von ") + g.person(country=g.country).staffmail)
    return "\n".join(out)


def scim_3(g):
    rows = persons(g, 2, 3)
    out = ['{"totalResults": %d, "Resources": [' % len(rows)]
    for i, p in enumerate(rows):
        out.append('  {"userName": %s, "name": {"familyName": %s, "givenName": %s}, "title": %s}%s' % (
            q(p.staffmail), q(p.last), q(p.first),
            q(T(g, g.ch(["Sales Assistant", "Store Manager", "Picker"]), g.ch(["Verkauf", "Filialleitung", "Kommissionierung"]))),
            "," if i < len(rows) - 1 else ""))
    out.append("]}")
    return "\n".join(out)


def scim_4(g):
    out = []
    for _ in range(g.rng.randint(2, 5)):
        p = g.person(country=g.country)
        act = g.ch(["create", "update", "deactivate"])
        out.append("%s scim %s user=%s (%s) status=%s" % (g.iso_ts, act, p.staffmail, g.ch([p.lf, p.full]),
                                                       g.ch(["201", "200", "204"])))
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# docx_revision_xml

def docx_1(g):
    a = g.person(country=g.country)
    hr = g.rng.random() < 0.4
    c = g.person(country="DE") if hr else g.person()
    if hr:
        body = T(g, "Employee: ", "Arbeitnehmer*in: ") + c.full + T(g, ", German tax ID ", ", Steuer-ID ") + c.taxid
    else:
        body = T(g, "Customer: ", "Kunde: ") + c.full + ", " + c.addr
    out = ['<w:ins w:id="%d" w:author="%s" w:date="%s">' % (g.rng.randint(1, 90), a.full, g.iso_ts),
           "  <w:r><w:t>" + body + "</w:t></w:r>",
           "</w:ins>"]
    if g.rng.random() < 0.5:
        out += ['<w:del w:id="%d" w:author="%s" w:date="%s">' % (g.rng.randint(91, 200), a.full, g.iso_ts),
                "  <w:r><w:delText>" + c.phone + "</w:delText></w:r>",
                "</w:del>"]
    return "\n".join(out)


def docx_2(g):
    a, b = g.person(country=g.country), g.person(country=g.country)
    out = ["<cp:coreProperties>",
           "  <dc:title>" + T(g, g.ch(["Store report ", "Incident report ", "Supplier visit "]),
                             g.ch(["Filialbericht ", "Vorfallsbericht ", "Lieferantenbesuch "])) + g.store + "</dc:title>",
           "  <dc:creator>" + a.full + "</dc:creator>",
           "  <cp:lastModifiedBy>" + g.ch([b.full, b.lf]) + "</cp:lastModifiedBy>",
           '  <dcterms:modified xsi:type="dcterms:W3CDTF">' + g.iso_ts + "</dcterms:modified>",
           "</cp:coreProperties>"]
    return "\n".join(out)


def docx_3(g):
    a = g.person(country=g.country)
    c = g.person()
    ini = a.given[0] + [w for w in a.surname.replace("-", " ").split() if w[0].isupper()][0][0]
    out = ['<w:comment w:id="%d" w:author="%s" w:initials="%s">' % (g.rng.randint(0, 40), g.ch([a.full, a.lf]), ini),
           "  <w:p><w:r><w:t>" + T(g, "Call back ", "Rückruf an ") + c.full + T(g, " on ", " unter ") + c.mobile + "</w:t></w:r></w:p>",
           "</w:comment>"]
    return "\n".join(out)


def docx_4(g):
    a = g.person(country=g.country)
    c = g.person()
    out = ['<w:del w:id="%d" w:author="%s" w:date="%s">' % (g.rng.randint(1, 90), a.full, g.iso_ts),
           "  <w:r><w:delText>" + c.email + "</w:delText></w:r>",
           "</w:del>",
           '<w:ins w:id="%d" w:author="%s" w:date="%s">' % (g.rng.randint(91, 200), a.full, g.iso_ts),
           "  <w:r><w:t>" + T(g, "[removed on request]", "[auf Wunsch entfernt]") + "</w:t></w:r>",
           "</w:ins>"]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# latex_letter

def latex_1(g):
    p = g.person()
    out = ["\\documentclass{scrlttr2}",
           "\\setkomavar{fromname}{" + p.full + "}",
           "\\setkomavar{fromaddress}{" + p.street + "\\\\ " + p.plz_town + "}",
           "\\setkomavar{fromphone}{" + p.phone + "}",
           "\\setkomavar{fromemail}{" + p.email + "}",
           "\\begin{document}",
           "\\begin{letter}{Talgrat Outdoor\\\\ " + T(g, "Customer Service", "Kundenservice") + "}",
           "\\opening{" + T(g, "Dear Sir or Madam,", "Sehr geehrte Damen und Herren,") + "}",
           T(g, "I am returning order ", "ich sende die Bestellung ") + g.order + T(g, ".", " zurück."),
           "\\closing{" + T(g, "Yours faithfully", "Mit freundlichen Grüßen") + "}",
           "\\end{letter}",
           "\\end{document}"]
    return "\n".join(out)


def latex_2(g):
    p, s = g.person(), g.person(country=g.country)
    hon = T(g, p.hon, p.herr)
    out = ["\\begin{letter}{" + hon + " " + p.full + "\\\\ " + p.street + "\\\\ " + p.plz_town + "}",
           "\\opening{" + T(g, "Dear " + hon + " ", ("Sehr geehrter " if p.gender == "m" else "Sehr geehrte ") + hon + " ") + p.last + ",}",
           T(g, "your repair is ready for collection in ", "Ihre Reparatur liegt zur Abholung bereit in ") + g.store + ".",
           "\\closing{" + T(g, "Kind regards", "Freundliche Grüße") + "}",
           "\\signature{" + s.full + "}",
           "\\end{letter}"]
    return "\n".join(out)


def latex_3(g):
    rows = persons(g, 2, 4)
    out = ["\\begin{tabular}{lll}",
           T(g, "Name & E-mail & Phone \\\\ \\hline", "Name & E-Mail & Telefon \\\\ \\hline")]
    for p in rows:
        out.append(g.ch([p.full, p.lf]) + " & \\texttt{" + p.email + "} & " + p.mobile + " \\\\")
    out.append("\\end{tabular}")
    return "\n".join(out)


def latex_4(g):
    p = g.person()
    out = ["\\newcommand{\\kunde}{" + p.full + "}",
           "\\newcommand{\\kundeniban}{" + p.iban + "}",
           "\\section*{" + T(g, "Refund for ", "Erstattung für ") + "\\kunde}",
           T(g, "We will transfer ", "Wir überweisen ") + g.amount + T(g, " to \\kundeniban{} within ", " innerhalb von ") +
           g.days + T(g, " days.", " Tagen auf \\kundeniban.")]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# har_capture

def har_1(g):
    p = g.person()
    body = '{\\"firstName\\":\\"%s\\",\\"lastName\\":\\"%s\\",\\"email\\":\\"%s\\",\\"street\\":\\"%s\\"}' % (
        p.first, p.last, p.email, p.street)
    out = ['{"request": {',
           '  "method": "POST",',
           '  "url": "https://www.talgrat.%s/api/checkout/address",' % T(g, "com", "de"),
           '  "postData": {"mimeType": "application/json", "text": "' + body + '"}',
           '},',
           ' "serverIPAddress": "' + g.anyip + '"}']
    return "\n".join(out)


def har_2(g):
    p = g.person()
    out = ['"queryString": [',
           '  {"name": "email", "value": "' + p.email + '"},',
           '  {"name": "order", "value": "' + g.order + '"}',
           "],"]
    if g.rng.random() < 0.6:
        out.append('"headers": [{"name": "X-Forwarded-For", "value": "' + g.anyip + '"}],')
    out.append('"serverIPAddress": "' + g.anyip + '"')
    return "\n".join(out)


def har_3(g):
    p = g.person()
    body = '{\\"customer\\":{\\"name\\":\\"%s\\",\\"phone\\":\\"%s\\"},\\"status\\":\\"%s\\"}' % (
        g.ch([p.full, p.lf]), p.phone, g.ch(["shipped", "processing", "returned"]))
    out = ['"response": {',
           '  "status": 200,',
           '  "content": {"mimeType": "application/json",',
           '    "text": "' + body + '"}',
           "}"]
    return "\n".join(out)


def har_4(g):
    kind = g.ch(["iban", "card", "tax"])
    p = g.person(country="DE") if kind == "tax" else g.person()
    if kind == "iban":
        url, pname, val = "/api/payment/refund", "iban", p.iban
    elif kind == "card":
        url, pname, val = "/api/payment/authorize", "pan", p.card
    else:
        url, pname, val = "/hr/api/onboarding/tax", "steuer_id", p.taxid
    out = ['{"startedDateTime": "' + g.iso_ts + '",',
           ' "request": {"method": "POST", "url": "' + url + '",',
           '   "postData": {"params": [',
           '     {"name": "holder", "value": "' + p.full + '"},',
           '     {"name": "' + pname + '", "value": "' + val + '"}]}},',
           ' "serverIPAddress": "' + g.anyip + '"}']
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# issue_tracker_export

def issue_1(g):
    out = [T(g, "Issue key,Summary,Reporter,Assignee,Description", "Schlüssel,Zusammenfassung,Autor,Bearbeiter,Beschreibung")]
    for _ in range(g.rng.randint(1, 3)):
        rep, ass = g.person(country=g.country), g.person(country=g.country)
        if g.rng.random() < 0.3:
            c = g.person(country="DE")
            summ = T(g, "Payroll import failed", "Lohnimport fehlgeschlagen")
            desc = T(g, "Record " + c.lf + " rejected, Steuer-ID " + c.taxid + " missing in DATEV",
                     "Datensatz " + c.lf + " abgelehnt, Steuer-ID " + c.taxid + " fehlt in DATEV")
        else:
            c = g.person()
            summ = T(g, g.ch(["Refund not received", "Address not saved", "Duplicate account"]),
                     g.ch(["Erstattung fehlt", "Adresse nicht gespeichert", "Doppeltes Konto"]))
            desc = T(g, "Customer " + c.lf + " (" + c.email + ") called twice",
                     "Kund*in " + c.lf + " (" + c.email + ") hat zweimal angerufen")
        out.append("TG-%d,%s,%s,%s,%s" % (g.rng.randint(100, 9999), summ, rep.full, ass.full, q(desc)))
    return "\n".join(out)


def issue_2(g):
    rep, c = g.person(country=g.country), g.person()
    out = ["### " + T(g, "Bug: address not saved at checkout", "Fehler: Adresse wird im Checkout nicht gespeichert"),
           "",
           T(g, "Reported by ", "Gemeldet von ") + rep.handle + " (" + rep.staffmail + ")",
           "",
           T(g, "Steps:", "Schritte:"),
           T(g, "1. log in as ", "1. anmelden als ") + c.email,
           T(g, "2. enter ", "2. eingeben: ") + c.street,
           T(g, "3. save → error 500", "3. speichern → Fehler 500")]
    if g.rng.random() < 0.4:
        out += ["", T(g, "Note: the customer pasted the full card number into the chat (",
                      "Hinweis: " + ("Der Kunde" if c.gender == "m" else "Die Kundin") + " hat die volle Kartennummer in den Chat kopiert (") +
                c.card + T(g, ") – please redact.", ") – bitte schwärzen.")]
    return "\n".join(out)


def issue_3(g):
    rep, ass, c = g.person(country=g.country), g.person(country=g.country), g.person()
    out = ['{"key": "TG-%d",' % g.rng.randint(100, 9999),
           ' "fields": {',
           '   "reporter": {"displayName": ' + q(rep.full) + ', "emailAddress": ' + q(rep.staffmail) + "},",
           '   "assignee": {"displayName": ' + q(ass.lf) + "},",
           '   "summary": ' + q(T(g, "Call back ", "Rückruf ") + c.full + " " + c.phone),
           " }}"]
    return "\n".join(out)


def issue_4(g):
    out = ["| " + T(g, "Ticket | Customer | Phone | Assignee", "Ticket | Kunde | Telefon | Bearbeitung") + " |",
           "|---|---|---|---|"]
    for _ in range(g.rng.randint(2, 5)):
        c, a = g.person(), g.person(country=g.country)
        out.append("| %s | %s | %s | %s |" % (g.case, g.ch([c.full, c.lf, c.il, c.fi, c.LF]), c.phone, a.first))
    return "\n".join(out)


LAYOUTS = {
    "lead_csv": [lead_csv_1, lead_csv_2, lead_csv_3, lead_csv_4, lead_csv_5],
    "json_record": [json_record_1, json_record_2, json_record_3, json_record_4],
    "server_log": [server_log_1, server_log_2, server_log_3, server_log_4, server_log_5],
    "mail_header": [mail_header_1, mail_header_2, mail_header_3, mail_header_4],
    "html_form": [html_form_1, html_form_2, html_form_3, html_form_4],
    "vcard_ical": [vcard_1, vcard_2, vcard_3, vcard_4],
    "saml_assertion": [saml_1, saml_2, saml_3, saml_4],
    "scim_provisioning": [scim_1, scim_2, scim_3, scim_4],
    "docx_revision_xml": [docx_1, docx_2, docx_3, docx_4],
    "latex_letter": [latex_1, latex_2, latex_3, latex_4],
    "har_capture": [har_1, har_2, har_3, har_4],
    "issue_tracker_export": [issue_1, issue_2, issue_3, issue_4],
}
