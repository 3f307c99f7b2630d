"""Machine layouts of the dev half of the twenty-seventh PII bank (dev27), both languages.

Each template takes the per-text context ``g`` and returns a ``Doc``. Field names and short
phrases follow ``g.lang``. In cells and fields the street alone is the address; postcode and
town cells are never labelled.
"""

from pii27_dev_core import E, Retry


def _de(g):
    return g.lang == "de"


def _street(parts):
    return E("STREET_ADDRESS", parts[0])


# =============================================================================================
# lead_csv
# =============================================================================================

def lead_csv_1(g):
    de = _de(g)
    d = g.doc()
    hdr = g.pick(['"Name","E-Mail","Telefon","Ort","Quelle"', 'name,email,telefon,stadt,quelle']) if de else \
        g.pick(['"name","email","phone","city","source"', 'Name,Email,Phone,Town,Source'])
    d.t(hdr + "\n")
    src = ["Messe OutDoor", "Website", "Filiale " + g.store(), "Gewinnspiel", "Newsletter"] if de else \
        ["Trade show", "Website", "Store " + g.store(), "Competition", "Newsletter"]
    for _ in range(g.ri(2, 6)):
        p = g.person()
        form = g.pick(["lf", "lf", "LF", "full"])
        d.t('"').e(getattr(p, form)).t('","').e(p.email()).t('","').e(g.phone()).t('","')
        d.t(g.town() + '","' + g.pick(src) + '"\n')
    return d


def lead_csv_2(g):
    de = _de(g)
    d = g.doc()
    if de:
        d.t(g.pick(["Anrede;Vorname;Nachname;Straße;PLZ;Ort;Telefon", "Anrede;Vorname;Name;Strasse;PLZ;Ort;Tel."]) + "\n")
    else:
        d.t(g.pick(["Title;First name;Last name;Street;Postcode;Town;Phone", "Salutation;First;Last;Address;ZIP;City;Phone"]) + "\n")
    for _ in range(g.ri(1, 5)):
        p = g.person()
        parts = g.addr_parts()
        hon = (p.herr if de else p.mr)
        d.t(hon + ";").e(p.giv).t(";").e(p.sur).t(";").e(_street(parts)).t(";%s;%s;" % (parts[1], parts[2]))
        if g.chance(0.8):
            d.e(g.phone())
        d.t("\n")
    return d


def lead_csv_3(g):
    de = _de(g)
    d = g.doc()
    cols = ["vorname", "nachname", "email", "firma", "interesse"] if de else ["first_name", "last_name", "email", "company", "interest"]
    d.t("\t".join(cols) + "\n")
    for _ in range(g.ri(2, 5)):
        p = g.person()
        comp = g.company() if g.chance(0.5) else (g.pick(["Alpenverein Sektion Allgäu", "Skischule Nord", "privat", "-"]) if de
                                                   else g.pick(["Fell Runners Club", "Scout group", "private", "-"]))
        d.e(p.giv).t("\t").e(p.sur).t("\t").e(p.email()).t("\t" + comp + "\t" + g.pshort() + "\n")
    return d


def lead_csv_4(g):
    de = _de(g)
    d = g.doc()
    d.t(g.pick(["# Scanner-Export Stand 14, ", "# Badge scans booth B4-210, "]) + g.date("iso") + "\n")
    for i in range(g.ri(2, 5)):
        p = g.person()
        d.t("SCAN-%04d | %s %s | " % (g.ri(1, 999), g.date("iso"), g.time()))
        d.e(g.pick([p.LF, p.LF, p.full, p.caps])).t(" | ")
        if g.chance(0.5):
            d.t(g.company() + " | ")
        d.e(p.email()).t(" | ")
        if g.chance(0.7):
            d.e(g.phone(mobile=True)).t(" | ")
        d.t(("Interesse: " if de else "interest: ") + g.pshort() + "\n")
    return d


def lead_csv_5(g):
    de = _de(g)
    d = g.doc()
    if de:
        d.t('"Name";"E-Mail";"Mobil";"Einwilligung";"IP";"Zeitpunkt"\n')
    else:
        d.t('"full name";"email";"mobile";"consent";"ip";"timestamp"\n')
    for _ in range(g.ri(1, 4)):
        p = g.person()
        d.t('"').e(p.full).t('";"').e(p.email()).t('";"')
        if g.chance(0.7):
            d.e(g.phone(mobile=True))
        d.t('";"%s";"' % g.pick(["double-opt-in", "ja", "opt-in"] if de else ["double opt-in", "yes", "opt-in"]))
        d.e(g.ip(0.3)).t('";"%s"\n' % g.ts())
    return d


# =============================================================================================
# json_record
# =============================================================================================

def json_record_1(g):
    de = _de(g)
    d = g.doc()
    p = g.person()
    parts = g.addr_parts()
    d.t('{\n  "customer_id": "C-%d",\n' % g.ri(100000, 999999))
    if g.chance(0.5):
        d.t('  "first_name": "').e(p.giv).t('",\n  "last_name": "').e(p.sur).t('",\n')
    else:
        d.t('  "name": "').e(p.full).t('",\n')
    d.t('  "email": "').e(p.email()).t('",\n')
    if g.chance(0.7):
        d.t('  "phone": "').e(g.phone()).t('",\n')
    d.t('  "address": {\n    "street": "').e(_street(parts)).t('",\n    "zip": "%s",\n    "city": "%s",\n    "country": "%s"\n  },\n'
                                                                % (parts[1], parts[2], parts[3]))
    d.t('  "marketing_opt_in": %s,\n  "created": "%s"\n}' % (g.pick(["true", "false"]), g.date("iso")))
    return d


def json_record_2(g):
    de = _de(g)
    d = g.doc()
    p = g.person()
    d.t(("refund:\n  case: RMA-%d\n" if not de else "erstattung:\n  vorgang: RMA-%d\n") % g.ri(10000, 99999))
    d.t(("  account_holder: " if not de else "  kontoinhaber: ")).e(g.pick([p.full, p.full, p.caps])).t("\n")
    d.t("  iban: ").e(g.iban()).t("\n")
    d.t(("  amount: " if not de else "  betrag: ") + g.price().replace(" €", "").replace("€", "").replace("£", "").replace("$", "") + "\n")
    if g.chance(0.6):
        d.t("  contact:\n    email: ").e(p.email()).t("\n")
        if g.chance(0.5):
            d.t("    phone: \"").e(g.phone()).t("\"\n")
    d.t(("  reason: " if not de else "  grund: ") + g.pick(["damaged zip", "wrong size", "late delivery"] if not de
                                                          else ["Reißverschluss defekt", "falsche Größe", "zu spät geliefert"]))
    return d


def json_record_3(g):
    de = _de(g)
    d = g.doc()
    p = g.person()
    parts = g.addr_parts()
    d.t('<?xml version="1.0" encoding="UTF-8"?>\n<customer id="%d">\n' % g.ri(10000, 99999))
    if g.chance(0.5):
        d.t("  <surname>").e(p.sur).t("</surname>\n  <given>").e(p.giv).t("</given>\n")
    else:
        d.t("  <name>").e(p.full).t("</name>\n")
    d.t("  <email>").e(p.email()).t("</email>\n")
    d.t("  <street>").e(_street(parts)).t("</street>\n  <postcode>%s</postcode>\n  <town>%s</town>\n" % (parts[1], parts[2]))
    if g.chance(0.6):
        d.t("  <phone>").e(g.phone()).t("</phone>\n")
    d.t("</customer>")
    return d


def json_record_4(g):
    de = _de(g)
    d = g.doc()
    b = g.person()
    d.t('{"event": "order.created", "order": "%s", "total": "%s",\n' % (g.order_no(), g.price()))
    d.t(' "billing": {"name": "').e(b.full).t('", "email": "').e(b.email()).t('"},\n')
    if g.chance(0.6):
        s = g.person()
        d.t(' "shipping": {"name": "').e(s.full).t('", "street": "').e(g.street()).t('"},\n')
    else:
        d.t(' "shipping": {"same_as_billing": true},\n')
    if g.chance(0.45):
        d.t(' "payment": {"method": "card", "pan": "').e(g.card(fmt="compact")).t('", "exp": "%s"},\n' % g.expiry())
    else:
        d.t(' "payment": {"method": "%s", "last4": "%04d"},\n' % (g.pick(["card", "paypal", "klarna"]), g.ri(0, 9999)))
    d.t(' "client_ip": "').e(g.ip(0.35)).t('"}')
    return d


def json_record_5(g):
    de = _de(g)
    d = g.doc()
    p = g.person()
    d.t("{\n")
    d.t('  "payee": "').e(p.full).t('",\n')
    d.t('  "role": "%s",\n' % g.pick(["creator", "affiliate", "freelance photographer", "tour guide"]))
    d.t('  "iban": "').e(g.iban(grouped=False)).t('",\n')
    if de or g.chance(0.4):
        d.t('  "steuer_id": "').e(g.taxid(False)).t('",\n')
    d.t('  "email": "').e(p.email()).t('",\n')
    d.t('  "amount_eur": %d.%02d,\n  "period": "%s"\n}' % (g.ri(80, 2400), g.ri(0, 99), g.date("iso")[:7]))
    return d


# =============================================================================================
# server_log
# =============================================================================================

def server_log_1(g):
    d = g.doc()
    paths = ["/checkout/confirm", "/de/produkte/kaltkar-daunenjacke", "/api/cart", "/account/orders",
             "/en/products/firstwand-rain-jacket", "/newsletter/confirm", "/static/app.js"]
    for i in range(g.ri(3, 8)):
        d.e(g.ip(0.3)).t(' - - [%s] "' % g.ts_clf())
        if g.chance(0.25):
            p = g.person()
            d.t("GET /newsletter/confirm?email=").e(p.email()).t("&t=%s HTTP/1.1" % g.digits(6))
        else:
            d.t("%s %s HTTP/1.1" % (g.pick(["GET", "GET", "POST"]), g.pick(paths)))
        d.t('" %s %d "-" "Mozilla/5.0"\n' % (g.pick(["200", "200", "302", "404", "500"]), g.ri(200, 48000)))
    return d


def server_log_2(g):
    d = g.doc()
    for i in range(g.ri(3, 7)):
        p = g.person(cue=False)
        ts = g.ts("%Y-%m-%dT%H:%M:%SZ")
        kind = g.pick(["login.success", "login.failed", "password.reset", "mfa.challenge"])
        d.t("%s auth %s user=" % (ts, kind)).e(p.email()).t(" ip=").e(g.ip(0.3))
        if kind == "login.failed":
            d.t(" attempts=%d" % g.ri(2, 9))
        d.t("\n")
    return d


def server_log_3(g):
    de = _de(g)
    d = g.doc()
    for i in range(g.ri(2, 6)):
        p = g.person()
        lvl = g.pick(["INFO", "INFO", "WARN", "ERROR"])
        d.t("[%s] %s " % (g.ts(), lvl))
        r = g.rng.random()
        if r < 0.35:
            d.t("order.placed id=%s customer=\"" % g.order_no()).e(p.full).t("\" ip=").e(g.ip(0.3))
        elif r < 0.6:
            d.t("crm.sync contact updated: ").e(p.lf).t(" <").e(p.email()).t(">")
        elif r < 0.8:
            d.t("address.validate failed street=\"").e(g.street()).t("\" customer=").e(p.sur)
        else:
            d.t("sms.sent to=").e(g.phone(mobile=True, intl=True)).t(" template=pickup_ready name=").e(p.giv)
        d.t("\n")
    return d


def server_log_4(g):
    d = g.doc()
    host = g.pick(["mx1", "mx2", "mail"])
    for i in range(g.ri(2, 5)):
        p = g.person(cue=False)
        qid = "%X" % g.ri(0x10000000, 0xFFFFFFFF)
        t = g.ts_syslog()
        if g.chance(0.5):
            d.t("%s %s postfix/smtpd[%d]: %s: client=unknown[" % (t, host, g.ri(1000, 99999), qid)).e(g.ip(0.3)).t("]\n")
        d.t("%s %s postfix/smtp[%d]: %s: to=<" % (t, host, g.ri(1000, 99999), qid)).e(p.email()).t(">, relay=%s, status=%s\n"
                                                                                                 % (g.pick(["gmx.net", "mx.google.com", "mail.bluewin.ch", "mx.t-online.de"]),
                                                                                                    g.pick(["sent (250 OK)", "bounced (550 user unknown)", "deferred (421 try later)"])))
    return d


def server_log_5(g):
    de = _de(g)
    d = g.doc()
    for i in range(g.ri(2, 5)):
        p = g.person()
        d.t("%s payment-gw " % g.ts()).t(g.pick(["authorize", "capture", "3ds_challenge", "decline"]))
        d.t(" holder=\"").e(g.pick([p.caps, p.full])).t("\" card=")
        if g.chance(0.3):
            d.e(g.card(fmt="compact"))
        else:
            d.t("****%04d" % g.ri(0, 9999))
        d.t(" amount=%s ip=" % g.price()).e(g.ip(0.3))
        if g.chance(0.3):
            d.t(" email=").e(p.email())
        d.t("\n")
    return d


# =============================================================================================
# mail_header
# =============================================================================================

def mail_header_1(g):
    d = g.doc()
    p = g.person()
    em = p.email()
    d.t("Return-Path: <").e(em).t(">\n")
    d.t("Received: from %s ([" % g.pick(["mout.gmx.net", "mail-ed1-f54.google.com", "smtp.bluewin.ch", "mailout.t-online.de"])).e(g.ip(0.25)).t("])\n")
    d.t("\tby mx1.talgrat.de with ESMTPS; %s, %d Mar 2025 %s:%02d +0100\n" % (g.pick(["Mon", "Tue", "Wed", "Thu", "Fri"]), g.ri(1, 28), g.time(), g.ri(0, 59)))
    d.t("From: ").e(p.full).t(" <").e(em).t(">\n")
    d.t("To: ").e(E("EMAIL", g.pick(["service@talgrat.de", "kundenservice@talgrat.de", "support@talgrat.com", "returns@talgrat.com"]))).t("\n")
    d.t("Subject: %s\n" % g.pick(["Re: Ihre Bestellung " + g.order_no(), "Rücksendung", "Question about my order", "Reklamation Kaltkar", "Fwd: invoice"]))
    if g.chance(0.6):
        d.t("X-Originating-IP: [").e(g.ip(0.3)).t("]\n")
    d.t("Content-Type: text/plain; charset=UTF-8")
    return d


def mail_header_2(g):
    de = _de(g)
    d = g.doc()
    a = g.person()
    b = g.person()
    if de:
        d.t(g.pick(["Leider kam das hier zurück, bitte prüfen:", "Zur Info weitergeleitet.", "Siehe unten."]) + "\n\n")
        d.t("---------- Weitergeleitete Nachricht ---------\nVon: ").e(a.full).t(" <").e(a.email()).t(">\n")
        d.t("Datum: %s um %s\nBetreff: %s\nAn: " % (g.date("long"), g.time(), g.pick(["Lieferadresse", "Retoure", "Frage zur Rechnung"])))
    else:
        d.t(g.pick(["FYI, see below.", "Forwarding for the returns team.", "Can someone pick this up?"]) + "\n\n")
        d.t("---------- Forwarded message ---------\nFrom: ").e(a.full).t(" <").e(a.email()).t(">\n")
        d.t("Date: %s at %s\nSubject: %s\nTo: " % (g.date("long"), g.time(), g.pick(["Delivery address", "Return", "Invoice query"])))
    d.e(b.full).t(" <").e(b.work_email()).t(">")
    return d


def mail_header_3(g):
    d = g.doc()
    ps = g.persons(g.ri(2, 4))
    d.t("From: ").e(ps[0].full).t(" <").e(ps[0].email()).t(">\n")
    d.t("Reply-To: ").e(ps[0].email()).t("\n")
    d.t("To: ").e(E("EMAIL", g.pick(["events@talgrat.de", "b2b@talgrat.com", "presse@talgrat.de"]))).t("\n")
    d.t("Cc: ")
    for i, p in enumerate(ps[1:]):
        if i:
            d.t(",\n    ")
        if g.chance(0.6):
            d.t('"').e(p.lf).t('" <').e(p.email()).t(">")
        else:
            d.e(p.email())
    d.t("\nDate: %s, %d %s 2025 %s:%02d +0%d00\n" % (g.pick(["Mon", "Tue", "Wed", "Thu", "Fri"]), g.ri(1, 28), g.pick(["Jan", "Feb", "Mar", "Apr", "May", "Jun"]), g.time()[:2], g.ri(0, 59), g.ri(0, 2)))
    d.t("Subject: %s" % g.pick(["Gruppenbestellung Jugendfreizeit", "Team kit order", "Anmeldung Kurs", "Booking for 4"]))
    return d


def mail_header_4(g):
    de = _de(g)
    d = g.doc()
    p = g.person(cue=False)
    em = p.email()
    d.t("From: Mail Delivery System <").e(E("EMAIL", "MAILER-DAEMON@mx1.talgrat.de")).t(">\nSubject: Undelivered Mail Returned to Sender\n\n")
    d.t("Reporting-MTA: dns; mx1.talgrat.de\nX-Postfix-Sender: rfc822; ").e(E("EMAIL", g.pick(["newsletter@talgrat.de", "noreply@talgrat.com"]))).t("\n")
    d.t("Final-Recipient: rfc822; ").e(em).t("\nAction: failed\nStatus: 5.1.1\n")
    d.t("Remote-MTA: dns; %s [" % g.pick(["mx00.gmx.net", "mx.web.de", "aspmx.l.google.com"])).e(g.ip(0.3)).t("]\n")
    d.t("Diagnostic-Code: smtp; 550 5.1.1 <").e(em).t(">: Recipient address rejected")
    return d


def mail_header_5(g):
    de = _de(g)
    d = g.doc()
    a = g.person()
    b = g.person()
    if de:
        d.t("Von: ").e(a.full).t(" <").e(a.work_email(g.pick(["talgrat.de", g.pick(["bergsport-zentrale.de", "alpinlogistik.at"])]))).t(">\n")
        d.t("Gesendet: %s, %s %s\nAn: " % (g.weekday(), g.date("long"), g.time()))
        d.e(b.lf).t(" <").e(b.work_email()).t(">\n")
        if g.chance(0.6):
            c = g.person()
            d.t("Cc: ").e(c.full).t("\n")
        d.t("Betreff: AW: %s" % g.pick(["Inventur Filiale " + g.store(), "Schulung nächste Woche", "Urlaubsvertretung"]))
    else:
        d.t("From: ").e(a.full).t(" <").e(a.work_email()).t(">\n")
        d.t("Sent: %s, %s %s\nTo: " % (g.weekday(), g.date("long"), g.time()))
        d.e(b.lf).t(" <").e(b.work_email()).t(">\n")
        if g.chance(0.6):
            c = g.person()
            d.t("Cc: ").e(c.full).t("\n")
        d.t("Subject: RE: %s" % g.pick(["Stocktake " + g.store(), "Training next week", "Holiday cover"]))
    return d


# =============================================================================================
# html_form
# =============================================================================================

def html_form_1(g):
    de = _de(g)
    d = g.doc()
    p = g.person()
    d.t('<form action="/%s" method="post">\n' % ("kontakt" if de else "contact"))
    d.t('  <input name="name" value="').e(p.full).t('">\n')
    d.t('  <input type="email" name="email" value="').e(p.email()).t('">\n')
    if g.chance(0.6):
        d.t('  <input type="tel" name="phone" value="').e(g.phone()).t('">\n')
    d.t('  <textarea name="message">%s</textarea>\n</form>' % g.pick(
        ["Wann ist der Kaltkar wieder in M da?", "Bitte um Rückruf wegen Reparatur.", "Gibt es den Fernkamm auch in Schiefer?"] if de else
        ["When will the Kaltkar be back in M?", "Please call me back about a repair.", "Is the Fernkamm available in Slate?"]))
    return d


def html_form_2(g):
    de = _de(g)
    d = g.doc()
    p = g.person()
    parts = g.addr_parts()
    d.t('<fieldset>\n  <legend>%s</legend>\n' % ("Neue Lieferadresse" if de else "New delivery address"))
    d.t('  <input name="first_name" value="').e(p.giv).t('">\n  <input name="last_name" value="').e(p.sur).t('">\n')
    d.t('  <input name="street" value="').e(_street(parts)).t('">\n')
    d.t('  <input name="zip" value="%s">\n  <input name="city" value="%s">\n' % (parts[1], parts[2]))
    d.t('  <input type="hidden" name="client_ip" value="').e(g.ip(0.3)).t('">\n</fieldset>')
    return d


def html_form_3(g):
    de = _de(g)
    d = g.doc()
    p = g.person()
    d.t('<div class="payment">\n')
    d.t('  <label>%s</label> <input name="cc_name" value="' % ("Karteninhaber" if de else "Name on card")).e(g.pick([p.caps, p.full])).t('">\n')
    d.t('  <label>%s</label> <input name="cc_number" value="' % ("Kartennummer" if de else "Card number")).e(g.card()).t('">\n')
    d.t('  <input name="cc_exp" value="%s"> <input name="cc_cvc" value="***">\n' % g.expiry())
    if g.chance(0.5):
        d.t('  <input type="hidden" name="ip" value="').e(g.ip(0.3)).t('">\n')
    d.t("</div>")
    return d


def html_form_4(g):
    de = _de(g)
    d = g.doc()
    d.t("<table>\n  <tr><th>%s</th><th>%s</th><th>%s</th></tr>\n" % (("Name", "E-Mail", "Telefon") if de else ("Name", "Email", "Phone")))
    for _ in range(g.ri(2, 5)):
        p = g.person()
        d.t("  <tr><td>").e(g.pick([p.full, p.lf])).t("</td><td>").e(p.email()).t("</td><td>")
        if g.chance(0.7):
            d.e(g.phone())
        d.t("</td></tr>\n")
    d.t("</table>")
    return d


def html_form_5(g):
    de = _de(g)
    d = g.doc()
    p = g.person()
    d.t('<h2>%s</h2>\n<dl>\n' % ("Mein Konto" if de else "My account"))
    d.t("  <dt>%s</dt><dd>" % ("Name" if de else "Name")).e(p.full).t("</dd>\n")
    d.t("  <dt>%s</dt><dd>%s</dd>\n" % ("Geburtsdatum" if de else "Date of birth", g.date("num", year=g.ri(1955, 2004))))
    d.t("  <dt>%s</dt><dd>" % ("Mobil" if de else "Mobile")).e(g.phone(mobile=True)).t("</dd>\n")
    d.t("  <dt>%s</dt><dd>" % ("Rechnungsadresse" if de else "Billing address")).e(g.addr("line")).t("</dd>\n</dl>")
    return d


# =============================================================================================
# ocr_scan
# =============================================================================================

def _noise(g, s):
    if g.chance(0.6):
        for a, b in (("O", "0"), ("l", "1"), ("e", "c"), ("rn", "m"), ("S", "5"), ("i", "l")):
            if a in s and g.chance(0.35):
                s = s.replace(a, b, 1)
    return s


def ocr_scan_1(g):
    de = _de(g)
    d = g.doc()
    p = g.person()
    n = lambda s: _noise(g, s)
    d.t(n("RÜCKSENDESCHEIN" if de else "RETURNS FORM") + "  " + g.order_no() + "\n")
    d.t(n("Name:" if de else "Name:") + " ").e(g.pick([p.full, p.caps])).t("\n")
    d.t(n("Anschrift:" if de else "Address:") + " ").e(g.addr("line")).t("\n")
    if g.chance(0.6):
        d.t(n("Telefon:" if de else "Phone:") + " ").e(g.phone()).t("\n")
    d.t(n("Grund:" if de else "Reason:") + " " + g.pick(["Größe passt nicht", "defekt", "gefällt nicht"] if de else ["wrong size", "faulty", "changed my mind"]) + "\n")
    d.t(n("Unterschrift:" if de else "Signature:") + " ").e(p.sur)
    return d


def ocr_scan_2(g):
    de = _de(g)
    d = g.doc()
    p = g.person()
    n = lambda s: _noise(g, s)
    if g.chance(0.45):
        d.t(n("Kreditkarten-Autorisierung" if de else "Credit card authorisation form") + "\n")
        d.t(n("Karteninhaber" if de else "Cardholder") + ": ").e(g.pick([p.full, p.caps])).t("\n")
        d.t(n("Kartennummer" if de else "Card number") + ": ").e(g.card()).t("   " + n("gültig bis" if de else "exp.") + " " + g.expiry() + "\n")
        d.t(n("Betrag" if de else "Amount") + ": " + g.price() + "\n")
        d.t(n("Unterschrift" if de else "Signature") + ": ").e(p.sur)
        return d
    d.t(n("SEPA-Lastschriftmandat" if de else "SEPA Direct Debit Mandate") + "\n")
    d.t(n("Mandatsreferenz" if de else "Mandate reference") + ": M-%s\n" % g.digits(8))
    d.t(n("Kontoinhaber" if de else "Account holder") + ": ").e(g.pick([p.full, p.caps, p.lf])).t("\n")
    d.t(n("Straße, Nr." if de else "Street") + ": ").e(g.street()).t("\n")
    d.t("IBAN: ").e(g.iban(grouped=True)).t("\n")
    d.t("BIC: %s\n" % g.pick(["GENODEF1KEM", "BYLADEM1001", "COBADEFFXXX", "RZOOAT2L", "UBSWCHZH80A"]))
    d.t(n("Ort, Datum" if de else "Place, date") + ": %s, %s" % (g.town(), g.date("num")))
    return d


def ocr_scan_3(g):
    de = _de(g)
    d = g.doc()
    p = g.person()
    n = lambda s: _noise(g, s)
    d.t(n("GARANTIEKARTE" if de else "WARRANTY CARD") + " — " + g.product() + "\n")
    d.t(n("Kaufdatum" if de else "Date of purchase") + ": %s   %s: %s\n" % (g.date("num"), n("Filiale" if de else "Store"), g.store()))
    d.t(n("Käufer" if de else "Buyer") + ": ").e(p.full).t("\n")
    d.t(n("E-Mail") + ": ").e(p.email()).t("\n")
    if g.chance(0.5):
        d.t(n("Adresse" if de else "Address") + ":\n").e(g.addr("two")).t("\n")
    d.t(n("Seriennr." if de else "Serial no.") + " %s-%s" % (g.sku(), g.digits(5)))
    return d


def ocr_scan_4(g):
    de = _de(g)
    d = g.doc()
    p = g.person(country="DE" if g.chance(0.7) else None)
    n = lambda s: _noise(g, s)
    if de:
        d.t(n("Personalfragebogen") + "\n" + n("Name, Vorname") + ": ").e(p.lf).t("\n")
        d.t(n("Geburtsdatum") + ": %s\n" % g.date("num", year=g.ri(1960, 2006)))
        d.t(n("Steuer-ID") + ": ").e(g.taxid()).t("\n")
        d.t(n("Bankverbindung") + " IBAN: ").e(g.iban("DE")).t("\n")
        d.t(n("Wohnanschrift") + ": ").e(g.addr("line", "DE")).t("\n")
        d.t(n("Eintritt") + ": " + g.date("num"))
    else:
        d.t(n("Staff questionnaire (German payroll)") + "\n" + n("Surname, first name") + ": ").e(p.lf).t("\n")
        d.t(n("Tax ID (Steuer-ID)") + ": ").e(g.taxid()).t("\n")
        d.t("IBAN: ").e(g.iban("DE")).t("\n")
        d.t(n("Home address") + ": ").e(g.addr("line", "DE")).t("\n")
        d.t(n("Start date") + ": " + g.date("num"))
    return d


def ocr_scan_5(g):
    de = _de(g)
    d = g.doc()
    p = g.person()
    q = g.person()
    n = lambda s: _noise(g, s)
    d.t(n("LIEFERSCHEIN" if de else "DELIVERY NOTE") + " %s\n" % g.order_no())
    d.t(n("Empfänger" if de else "Recipient") + ":\n").e(p.full).t("\n").e(g.addr("two")).t("\n")
    d.t(n("Pakete" if de else "Parcels") + ": %d   %s: %s kg\n" % (g.ri(1, 4), n("Gewicht" if de else "Weight"), g.ri(1, 24)))
    d.t(n("Erhalten von" if de else "Received by") + ": ").e(g.pick([q.full, q.sur, q.caps])).t(" (%s)" % g.pick(["Nachbar", "Nachbarin", "Hausmeister"] if de else ["neighbour", "porter", "reception"]))
    return d


# =============================================================================================
# edifact_message *
# =============================================================================================

def _edi_parts(g):
    for _ in range(50):
        parts = g.addr_parts()
        if "'" not in parts[0] + parts[2]:
            return parts
    raise Retry("edi address")


def _edi_phone(g):
    ph = g.phone()
    v = ph.val
    if v.startswith("+"):
        return ["?", E("PHONE", v)]
    return [ph]


def _edi_head(g, kind):
    ref = g.digits(10)
    s = ("UNA:+.? '\n" if g.chance(0.5) else "") + "UNB+UNOC:3+%s:14+%s:14+%s:%s+%s'\nUNH+1+%s:D:96A:UN:EAN008'\n" % (
        g.gtin("426"), g.gtin("400"), g.date("iso")[2:].replace("-", ""), g.time().replace(":", ""), ref, kind)
    return s, ref


def edifact_message_1(g):
    g.no_apos = True
    d = g.doc()
    h, ref = _edi_head(g, "ORDERS")
    d.t(h + "BGM+220+PO-%d+9'\nDTM+137:%s:102'\n" % (g.ri(100000, 999999), g.date("iso").replace("-", "")))
    p = g.person()
    parts = _edi_parts(g)
    d.t("NAD+BY+%s::9'\n" % g.gtin("426"))
    d.t("NAD+DP+++").e(p.full).t("+").e(_street(parts)).t("+%s++%s+%s'\n" % (parts[2], parts[1], parts[3]))
    if g.chance(0.8):
        d.t("CTA+OC+:").e(p.full).t("'\nCOM+").add(_edi_phone(g)).t(":TE'\n")
    if g.chance(0.6):
        d.t("COM+").e(p.email()).t(":EM'\n")
    for i in range(1 if d.text().count("\n") >= 9 else 2):
        d.t("LIN+%d++%s:EN'\nQTY+21:%d'\n" % (i + 1, g.gtin(), g.ri(1, 12)))
    d.t("UNT+%d+1'\nUNZ+1+%s'" % (g.ri(9, 14), ref))
    return d


def edifact_message_2(g):
    g.no_apos = True
    d = g.doc()
    h, ref = _edi_head(g, "DESADV")
    d.t(h + "BGM+351+DN%s+9'\nDTM+11:%s:102'\n" % (g.digits(7), g.date("iso").replace("-", "")))
    p = g.person()
    parts = _edi_parts(g)
    d.t("NAD+SU+%s::9'\n" % g.gtin("400"))
    d.t("NAD+ST+++").e(g.pick([p.full, p.caps])).t("+").e(_street(parts)).t("+%s++%s+%s'\n" % (parts[2], parts[1], parts[3]))
    d.t("CPS+1'\nPAC+%d++CT'\nGIN+BJ+%s'\n" % (g.ri(1, 4), g.parcel_no()))
    d.t("LIN+1++%s:EN'\nQTY+12:%d'\n" % (g.gtin(), g.ri(1, 6)))
    d.t("UNT+%d+1'\nUNZ+1+%s'" % (g.ri(9, 13), ref))
    return d


def edifact_message_3(g):
    g.no_apos = True
    d = g.doc()
    h, ref = _edi_head(g, "IFTMIN")
    p = g.person()
    parts = _edi_parts(g)
    d.t(h + "BGM+610+TI%s+9'\nTSR+1'\n" % g.digits(6))
    d.t("NAD+CN+++").e(p.full).t("+").e(_street(parts)).t("+%s++%s+%s'\n" % (parts[2], parts[1], parts[3]))
    d.t("CTA+IC+:").e(p.sur).t("'\nCOM+").add(_edi_phone(g)).t(":TE'\n")
    if g.chance(0.5):
        d.t("FTX+DEL+++%s'\n" % g.pick(["BEI NACHBAR ABGEBEN", "NICHT VOR 10 UHR", "LEAVE WITH RECEPTION", "CALL BEFORE DELIVERY"]))
    d.t("GID+1+%d:CT'\nMEA+WT+G+KGM:%d'\nUNT+%d+1'\nUNZ+1+%s'" % (g.ri(1, 3), g.ri(1, 30), g.ri(8, 12), ref))
    return d


def edifact_message_4(g):
    g.no_apos = True
    d = g.doc()
    h, ref = _edi_head(g, "INVOIC")
    p = g.person()
    parts = _edi_parts(g)
    d.t(h + "BGM+380+RE-%d+9'\nDTM+137:%s:102'\n" % (g.ri(100000, 999999), g.date("iso").replace("-", "")))
    d.t("NAD+IV+++").e(p.full).t("+").e(_street(parts)).t("+%s++%s+%s'\n" % (parts[2], parts[1], parts[3]))
    d.t("FII+RH+").e(g.iban(grouped=False)).t(":").e(g.pick([p.caps, p.full])).t("'\n")
    d.t("MOA+77:%d.%02d'\nTAX+7+VAT+++:::19'\nUNT+%d+1'\nUNZ+1+%s'" % (g.ri(20, 900), g.ri(0, 99), g.ri(8, 14), ref))
    return d


def edifact_message_5(g):
    d = g.doc()
    p = g.person()
    parts = g.addr_parts()
    d.t('<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">\n')
    d.t("  <cbc:ID>RE-%d</cbc:ID>\n  <cac:AccountingCustomerParty><cac:Party>\n" % g.ri(100000, 999999))
    d.t("    <cac:PartyName><cbc:Name>").e(p.full).t("</cbc:Name></cac:PartyName>\n")
    d.t("    <cac:PostalAddress><cbc:StreetName>").e(_street(parts)).t("</cbc:StreetName>")
    d.t("<cbc:CityName>%s</cbc:CityName><cbc:PostalZone>%s</cbc:PostalZone></cac:PostalAddress>\n" % (parts[2], parts[1]))
    d.t("    <cac:Contact><cbc:Telephone>").e(g.phone()).t("</cbc:Telephone><cbc:ElectronicMail>").e(p.email()).t("</cbc:ElectronicMail></cac:Contact>\n")
    d.t("  </cac:Party></cac:AccountingCustomerParty>\n")
    if g.chance(0.5):
        d.t("  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>").e(g.iban(grouped=False)).t("</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>\n")
    d.t("</Invoice>")
    return d


# =============================================================================================
# staff_directory *
# =============================================================================================

def _uid(g, p):
    return "u%d" % g.ri(10000, 99999)


def staff_directory_1(g):
    de = _de(g)
    d = g.doc()
    n = g.ri(1, 2)
    for i in range(n):
        p = g.person()
        if i:
            d.t("\n\n")
        d.t("dn: cn=").e(p.full).t(",ou=%s,dc=talgrat,dc=%s\n" % (g.pick(["Stores", "Logistics", "Service", "HQ"]), g.pick(["de", "com"])))
        if n == 1:
            d.t("objectClass: inetOrgPerson\n")
        d.t("cn: ").e(p.full).t("\nsn: ").e(p.sur).t("\ngivenName: ").e(p.giv).t("\n")
        if n == 1:
            d.t("uid: %s\n" % _uid(g, p))
        d.t("mail: ").e(p.work_email()).t("\n")
        d.t("telephoneNumber: ").e(g.phone(mobile=False, intl=True))
        if n == 1 and g.chance(0.5):
            d.t("\nmobile: ").e(g.phone(mobile=True, intl=True))
    return d


def staff_directory_2(g):
    d = g.doc()
    p = g.person()
    parts = g.addr_parts()
    d.t("BEGIN:VCARD\nVERSION:3.0\nN:").e(p.sur).t(";").e(p.giv).t(";;;\nFN:").e(p.full).t("\n")
    d.t("ORG:Talgrat Outdoor GmbH;%s\n" % g.pick(["Filiale " + g.store(), "Kundenservice", "Logistik", "Store " + g.store()]))
    d.t("TEL;TYPE=WORK,VOICE:").e(g.phone(intl=True)).t("\n")
    if g.chance(0.5):
        d.t("TEL;TYPE=CELL:").e(g.phone(mobile=True)).t("\n")
    d.t("EMAIL;TYPE=INTERNET:").e(p.work_email()).t("\n")
    if g.chance(0.6):
        d.t("ADR;TYPE=HOME:;;").e(_street(parts)).t(";%s;;%s;%s\n" % (parts[2], parts[1], parts[3]))
    d.t("END:VCARD")
    return d


def staff_directory_3(g):
    de = _de(g)
    d = g.doc()
    d.t('"DisplayName","GivenName","Surname","EmailAddress","OfficePhone","Department"\n')
    for _ in range(g.ri(2, 5)):
        p = g.person()
        d.t('"').e(p.lf).t('","').e(p.giv).t('","').e(p.sur).t('","').e(p.work_email()).t('","')
        d.e(g.phone(mobile=False, intl=True)).t('","%s"\n' % g.pick(["Store Ops", "Finance", "Customer Service", "E-Commerce", "Logistics", "HR"]))
    return d


def staff_directory_4(g):
    de = _de(g)
    d = g.doc()
    d.t(("| Filiale | Leitung | Telefon | E-Mail |\n|---|---|---|---|\n") if de else "| Store | Manager | Phone | Email |\n|---|---|---|---|\n")
    for _ in range(g.ri(2, 6)):
        p = g.person()
        d.t("| %s | " % g.store()).e(g.pick([p.full, p.full, p.ini])).t(" | ").e(g.phone(mobile=False)).t(" | ").e(p.work_email()).t(" |\n")
    return d


def staff_directory_5(g):
    de = _de(g)
    d = g.doc()
    d.t(("TELEFONLISTE %s\n" if de else "PHONE LIST %s\n") % g.pick(["Zentrale", "Lager", "HQ", "Warehouse"]))
    for _ in range(g.ri(3, 7)):
        p = g.person()
        d.e(g.pick([p.LF, p.lf])).t(" " + "." * g.ri(3, 12) + " %s " % g.pick(["Einkauf", "Lager", "IT", "Buchhaltung", "Marketing"] if de else ["Buying", "Warehouse", "IT", "Accounts", "Marketing"]))
        d.t("." * g.ri(3, 8) + " ").e(g.phone()).t("\n")
    return d


# =============================================================================================
# call_detail_record *
# =============================================================================================

def call_detail_record_1(g):
    de = _de(g)
    d = g.doc()
    d.t("calldate,direction,src,dst,agent,duration,disposition\n")
    for _ in range(g.ri(3, 7)):
        a = g.person()
        inbound = g.chance(0.6)
        d.t("%s,%s," % (g.ts(), "inbound" if inbound else "outbound"))
        if inbound:
            d.e(g.phone(intl=True)).t(",%d," % g.ri(200, 260))
        else:
            d.t("%d," % g.ri(200, 260)).e(g.phone(intl=True)).t(",")
        d.e(a.full).t(",%d,%s\n" % (g.ri(0, 900), g.pick(["ANSWERED", "ANSWERED", "NO ANSWER", "BUSY"])))
    return d


def call_detail_record_2(g):
    d = g.doc()
    for _ in range(g.ri(2, 5)):
        p = g.person()
        ph = g.phone(intl=True)
        d.t('"","').e(E("PHONE", ph.val)).t('","%d","from-pstn","""' % g.ri(600, 620)).e(p.full).t('"" <').e(E("PHONE", ph.val)).t('>","SIP/trunk-%05x","","%s","%d","ANSWERED"\n'
                                                                                                                                            % (g.ri(0, 0xfffff), g.ts(), g.ri(10, 700)))
    return d


def call_detail_record_3(g):
    de = _de(g)
    d = g.doc()
    p = g.person()
    a = g.person()
    d.t('{\n  "call_id": "CA%s",\n  "from": "' % g.digits(12)).e(g.phone(intl=True)).t('",\n')
    d.t('  "to": "').e(g.phone(mobile=False, intl=True)).t('",\n')
    d.t('  "caller_name": "').e(g.pick([p.caps, p.full])).t('",\n')
    d.t('  "agent": "').e(a.full).t('",\n  "queue": "%s",\n  "wait_s": %d,\n  "talk_s": %d,\n' % (g.pick(["returns", "orders", "repairs", "b2b"]), g.ri(3, 400), g.ri(20, 1200)))
    if g.chance(0.5):
        d.t('  "note": "%s",\n' % g.pick(["Rückruf gewünscht", "Adresse geändert", "Reklamation"] if de else ["wants a call-back", "changed address", "complaint"]))
    d.t('  "recorded": false\n}')
    return d


def call_detail_record_4(g):
    d = g.doc()
    for _ in range(g.ri(2, 4)):
        ph = g.phone(intl=True)
        num = ph.val.replace(" ", "").replace("(0)", "").replace("-", "").replace("(", "").replace(")", "")
        if not num.startswith("+"):
            num = "+49" + num.lstrip("0")
        p = g.person()
        d.t("%s INVITE sip:%d@pbx SIP/2.0 from " % (g.ts(), g.ri(200, 260)))
        d.t('"').e(p.full).t('" <sip:').e(E("PHONE", num)).t("@").e(g.ip(0.2, "pub")).t(">\n")
        d.t("%s %s via " % (g.ts(), g.pick(["200 OK", "486 Busy Here", "180 Ringing"]))).e(g.ip(0.0, "priv")).t(":5060\n")
    return d


def call_detail_record_5(g):
    de = _de(g)
    d = g.doc()
    d.t(("**Verpasste Anrufe %s**\n\n| Zeit | Anrufer | Nummer | Rückruf durch |\n|---|---|---|---|\n" % g.date("num")) if de else
        ("**Missed calls %s**\n\n| Time | Caller | Number | Call-back by |\n|---|---|---|---|\n" % g.date("num")))
    for _ in range(g.ri(2, 6)):
        p = g.person()
        a = g.person()
        d.t("| %s | " % g.time())
        if g.chance(0.75):
            d.e(g.pick([p.full, p.sur, p.caps]))
        else:
            d.t("unbekannt" if de else "unknown")
        d.t(" | ").e(g.phone()).t(" | ").e(a.giv).t(" |\n")
    return d


# =============================================================================================
# test_fixture *
# =============================================================================================

def test_fixture_1(g):
    de = _de(g)
    d = g.doc()
    p = g.person()
    d.t("@pytest.fixture\ndef customer():\n    return {\n")
    d.t('        "first_name": "').e(p.giv).t('",\n        "last_name": "').e(p.sur).t('",\n')
    d.t('        "email": "').e(p.email()).t('",\n')
    d.t('        "street": "').e(g.street()).t('",\n')
    if g.chance(0.5):
        d.t('        "iban": "').e(g.iban(grouped=False)).t('",\n')
    else:
        d.t('        "card": "').e(g.card(fmt="compact")).t('",\n')
    d.t('        "newsletter": %s,\n    }' % g.pick(["True", "False"]))
    return d


def test_fixture_2(g):
    g.no_apos = True
    d = g.doc()
    p = g.person()
    d.t("// TODO: %s\n" % g.pick(["replace with synthetic data before merge", "anonymise", "ask legal if we can keep this", "copied from prod ticket"]))
    d.t("export const mockOrder = {\n  id: '%s',\n  customer: {\n    name: '" % g.order_no())
    d.e(p.full).t("',\n    email: '").e(p.email()).t("',\n    phone: '").e(g.phone()).t("',\n  },\n")
    d.t("  shipping: { street: '").e(g.street()).t("', zip: '%s' },\n" % g.digits(5))
    d.t("  ip: '").e(g.ip(0.3)).t("',\n};")
    return d


def test_fixture_3(g):
    de = _de(g)
    g.no_apos = True
    d = g.doc()
    d.t("<?php\n\nclass CustomerSeeder extends Seeder\n{\n    public function run(): void\n    {\n")
    for _ in range(g.ri(1, 2)):
        p = g.person()
        d.t("        Customer::create(['name' => '").e(p.full).t("', 'email' => '").e(p.email()).t("', 'phone' => '").e(g.phone()).t("']);\n")
    d.t("    }\n}")
    return d


def test_fixture_4(g):
    de = _de(g)
    d = g.doc()
    for i in range(g.ri(2, 3)):
        p = g.person()
        key = g.pick(["guest", "vip", "b2b", "staff", "returns", "legacy", "club", "wholesale"]) + "_%d" % (i + 1)
        d.t("%s:\n  full_name: " % key).e(p.full).t("\n  email: ").e(p.email()).t("\n")
        if g.chance(0.5):
            d.t("  street: ").e(g.street()).t("\n")
        if g.chance(0.3):
            d.t("  last_ip: ").e(g.ip(0.4)).t("\n")
    return d


def test_fixture_5(g):
    g.no_apos = True
    d = g.doc()
    d.t("-- seed data for staging (%s)\n" % g.date("iso"))
    d.t("INSERT INTO customers (id, first_name, last_name, email, phone) VALUES\n")
    n = g.ri(2, 4)
    for i in range(n):
        p = g.person()
        d.t("  (%d, '" % g.ri(1000, 9999)).e(p.giv).t("', '").e(p.sur).t("', '").e(p.email()).t("', '").e(g.phone()).t("')")
        d.t(",\n" if i < n - 1 else ";\n")
    if g.chance(0.5):
        q = g.person()
        d.t("UPDATE customers SET iban = '").e(g.iban(grouped=False)).t("' WHERE last_name = '").e(q.sur).t("';")
    return d


# =============================================================================================
# crash_report *
# =============================================================================================

def crash_report_1(g):
    d = g.doc()
    p = g.person()
    d.t('{\n  "event_id": "%s",\n  "level": "error",\n  "exception": "%s",\n' % (
        g.digits(8) + "abcdef"[g.ri(0, 5)] + g.digits(7), g.pick(["TypeError: Cannot read properties of undefined (reading \'zip\')",
                                                                 "PaymentDeclined: 05 do not honour", "TimeoutError: address lookup"])))
    d.t('  "user": {\n    "id": "%d",\n    "email": "' % g.ri(100000, 999999)).e(p.email()).t('",\n    "ip_address": "').e(g.ip(0.35)).t('"\n  },\n')
    d.t('  "request": {"url": "https://www.talgrat.%s/checkout"},\n' % g.pick(["de", "com"]))
    if g.chance(0.4):
        d.t('  "extra": {"payment_form": {"cc_number": "').e(g.card(fmt="compact")).t('", "cc_name": "').e(p.full).t('"}},\n')
    d.t('  "release": "shop@%d.%d.%d"\n}' % (g.ri(3, 9), g.ri(0, 30), g.ri(0, 20)))
    return d


def crash_report_2(g):
    g.no_apos = True
    d = g.doc()
    p = g.person()
    d.t("Traceback (most recent call last):\n  File \"app/checkout.py\", line %d, in submit\n    gateway.charge(customer, amount)\n" % g.ri(40, 400))
    d.t("  File \"app/gateway.py\", line %d, in charge\n    raise Declined(resp.code)\n" % g.ri(20, 200))
    d.t("app.gateway.Declined: %s\n\nLocal variables:\n" % g.pick(["51", "05", "54"]))
    d.t("  customer = {'name': '").e(p.full).t("', 'email': '").e(p.email()).t("'}\n")
    if g.chance(0.6):
        d.t("  card = '").e(g.card()).t("'\n")
    else:
        d.t("  iban = '").e(g.iban()).t("'\n")
    d.t("  amount = %d.%02d" % (g.ri(10, 600), g.ri(0, 99)))
    return d


def crash_report_3(g):
    d = g.doc()
    p = g.person()
    d.t('Exception in thread "import-worker-%d" com.talgrat.crm.ValidationException: invalid postcode for address "' % g.ri(1, 8))
    d.e(g.addr("line")).t('"\n')
    d.t("    at com.talgrat.crm.AddressValidator.check(AddressValidator.java:%d)\n" % g.ri(30, 300))
    d.t("    at com.talgrat.crm.ImportJob.row(ImportJob.java:%d)\n" % g.ri(30, 300))
    d.t("Caused by: record %d contact=" % g.ri(1, 9999)).e(p.lf).t(" phone=").e(g.phone())
    return d


def crash_report_4(g):
    de = _de(g)
    d = g.doc()
    p = g.person(cue=False)
    d.t("Incident Identifier: %s-%s\nHardware Model: %s\nOS Version: %s\n" % (
        g.digits(8), g.digits(4), g.pick(["iPhone14,5", "iPhone15,2", "Pixel 7", "SM-S911B"]), g.pick(["iOS 17.4", "Android 14", "iOS 18.1"])))
    d.t("App: Talgrat %d.%d (%d)\nUser: " % (g.ri(2, 5), g.ri(0, 12), g.ri(100, 999))).e(p.email()).t("\n")
    d.t("Last IP: ").e(g.ipv6() if g.chance(0.5) else g.ipv4()).t("\n")
    d.t("Exception Type: %s\nCrashed Thread: %d" % (g.pick(["EXC_BAD_ACCESS (SIGSEGV)", "java.lang.NullPointerException", "EXC_CRASH (SIGABRT)"]), g.ri(0, 9)))
    return d


def crash_report_5(g):
    de = _de(g)
    d = g.doc()
    p = g.person()
    q = g.person()
    if de:
        d.t(":rotating_light: *Fehlerrate Checkout > %d %%* (%s)\n" % (g.ri(3, 40), g.time()))
        d.t("Betroffen u. a.: ").e(p.email()).t(" von ").e(g.ip(0.3)).t("\n")
        d.t("Bestellung %s von " % g.order_no()).e(p.full).t(" hängt in \"payment_pending\".\n")
        d.t("Zuständig: ").e(q.giv).t(" (Rufbereitschaft ").e(g.phone(mobile=True)).t(")")
    else:
        d.t(":rotating_light: *Checkout error rate > %d%%* (%s)\n" % (g.ri(3, 40), g.time()))
        d.t("Affected incl.: ").e(p.email()).t(" from ").e(g.ip(0.3)).t("\n")
        d.t("Order %s for " % g.order_no()).e(p.full).t(" stuck in \"payment_pending\".\n")
        d.t("On call: ").e(q.giv).t(" (").e(g.phone(mobile=True)).t(")")
    return d


# =============================================================================================
# timeclock_export *
# =============================================================================================

def timeclock_export_1(g):
    de = _de(g)
    d = g.doc()
    d.t("Ausweis;Nachname;Vorname;Datum;Kommen;Gehen;Terminal\n" if de else "Badge;Surname;First name;Date;In;Out;Terminal\n")
    day = g.date("num")
    for _ in range(g.ri(2, 6)):
        p = g.person()
        d.t("%05d;" % g.ri(1, 99999)).e(p.sur).t(";").e(p.giv).t(";%s;%02d:%02d;%02d:%02d;" % (day, g.ri(6, 10), g.ri(0, 59), g.ri(14, 21), g.ri(0, 59)))
        d.e(g.ipv4("priv")).t("\n")
    return d


def timeclock_export_2(g):
    de = _de(g)
    d = g.doc()
    d.t(("### Zeiterfassung KW %d – Filiale %s\n\n| Mitarbeiter/in | Mo | Di | Mi | Do | Fr | Summe |\n|---|---|---|---|---|---|---|\n" if de else
         "### Time sheet week %d – store %s\n\n| Employee | Mon | Tue | Wed | Thu | Fri | Total |\n|---|---|---|---|---|---|---|\n") % (g.ri(1, 52), g.store()))
    for _ in range(g.ri(2, 6)):
        p = g.person()
        hs = [g.pick([0, 4, 6, 7.5, 8, 8, 8.5]) for _ in range(5)]
        d.t("| ").e(g.pick([p.full, p.lf, p.ini])).t(" | " + " | ".join(("%g" % h) for h in hs) + " | %g |\n" % sum(hs))
    return d


def timeclock_export_3(g):
    de = _de(g)
    d = g.doc()
    d.t("date\tname\tclock_in\tclock_out\tapproved_by\tbreak_min\n")
    boss = g.person()
    for _ in range(g.ri(2, 5)):
        p = g.person()
        t1, t2 = g.times(2)
        d.t(g.date("iso") + "\t").e(p.full).t("\t%s\t%s\t" % (t1, t2)).e(boss.ini).t("\t%d\n" % g.pick([0, 30, 45, 60]))
    return d


def timeclock_export_4(g):
    d = g.doc()
    p = g.person()
    d.t('{"employee": {"name": "').e(p.full).t('", "email": "').e(p.work_email()).t('", "no": %d},\n "events": [\n' % g.ri(1000, 9999))
    kinds = g.pick([["in", "out"], ["in", "break_start", "break_end", "out"], ["in", "break_start", "break_end"]])
    n = len(kinds)
    day = g.date("iso")
    ts = g.times(n)
    for i in range(n):
        d.t('  {"type": "%s", "at": "%sT%s:00", "device_ip": "' % (kinds[i], day, ts[i])).e(g.ip(0.3, "priv")).t('"}')
        d.t(",\n" if i < n - 1 else "\n")
    d.t(" ]}")
    return d


def timeclock_export_5(g):
    de = _de(g)
    d = g.doc()
    d.t(("Lohnexport %s\nPersonalnr;Name;Steuer-ID;IBAN;Stunden\n" if de else "Payroll export %s (DE stores)\nStaff no;Name;Tax ID;IBAN;Hours\n") % g.date("iso")[:7])
    for _ in range(g.ri(1, 4)):
        p = g.person(country="DE" if g.chance(0.6) else None)
        d.t("%d;" % g.ri(1000, 9999)).e(g.pick([p.lf, p.full])).t(";").e(g.taxid(False)).t(";").e(g.iban("DE", grouped=False)).t(";%g\n" % (g.ri(20, 170) + g.pick([0, 0.5])))
    return d


LAYOUTS = {
    "lead_csv": [lead_csv_1, lead_csv_2, lead_csv_3, lead_csv_4, lead_csv_5],
    "json_record": [json_record_1, json_record_2, json_record_3, json_record_4, json_record_5],
    "server_log": [server_log_1, server_log_2, server_log_3, server_log_4, server_log_5],
    "mail_header": [mail_header_1, mail_header_2, mail_header_3, mail_header_4, mail_header_5],
    "html_form": [html_form_1, html_form_2, html_form_3, html_form_4, html_form_5],
    "ocr_scan": [ocr_scan_1, ocr_scan_2, ocr_scan_3, ocr_scan_4, ocr_scan_5],
    "edifact_message": [edifact_message_1, edifact_message_2, edifact_message_3, edifact_message_4, edifact_message_5],
    "staff_directory": [staff_directory_1, staff_directory_2, staff_directory_3, staff_directory_4, staff_directory_5],
    "call_detail_record": [call_detail_record_1, call_detail_record_2, call_detail_record_3, call_detail_record_4, call_detail_record_5],
    "test_fixture": [test_fixture_1, test_fixture_2, test_fixture_3, test_fixture_4, test_fixture_5],
    "crash_report": [crash_report_1, crash_report_2, crash_report_3, crash_report_4, crash_report_5],
    "timeclock_export": [timeclock_export_1, timeclock_export_2, timeclock_export_3, timeclock_export_4, timeclock_export_5],
}
