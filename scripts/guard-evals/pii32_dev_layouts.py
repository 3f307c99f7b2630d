"""The eleven machine-layout genres of the dev half of the thirty-second PII bank (dev32), for both
languages.  Field names, comments and short phrases follow the text's language; JSON and XML keys
stay English.  Templates are functions g -> segments; ⟨…⟩ marks a value, ⟦a|b⟧ an alternative and
⟪…⟫ an optional part (layout mode of the template language).
"""

from pii32_dev_core import Tpl as T


def L(g, s):
    return g.r(s, "L")


def rows(g, lo, hi):
    return g.rng.randint(lo, hi)


LAYOUTS = {}

# --------------------------------------------------------------------------- loyalty_tsv_export


def loy_tsv(g):
    head = g.tr("member_no\tlast_name\tfirst_name\temail\tjoined\tpoints",
                "Mitgliedsnr\tNachname\tVorname\tE-Mail\tBeitritt\tPunkte")
    out = [head]
    for i in range(rows(g, 2, 6)):
        out += ["\n"] + L(g, "⟨member%d⟩\t⟨r%d.last⟩\t⟨r%d.first⟩\t⟨r%d.email⟩\t⟨iso%d⟩\t%d" % (
            i, i, i, i, i, g.rng.randint(0, 4800)))
    return out


def loy_semicolon(g):
    head = g.tr("salutation;first_name;last_name;street;postcode;town;phone;tier",
                "Anrede;Vorname;Nachname;Straße;PLZ;Ort;Telefon;Stufe")
    out = [head]
    for i in range(rows(g, 2, 5)):
        p = g.p("r%d" % i)
        sal = g.tr(p.hon, p.hon)
        out += ["\n", sal + ";"] + L(g, "⟨r%d.first⟩;⟨r%d.last⟩;⟨r%d.street⟩;⟨r%d.zip⟩;⟨r%d.town⟩;⟨r%d.phone⟩;" % (
            (i,) * 6)) + [g.c(["Basis", "Silber", "Gold"] if g.lang == "de" else ["Base", "Silver", "Gold"])]
    return out


def loy_quoted(g):
    out = ['"name","email","store","tier","last_visit"']
    for i in range(rows(g, 2, 6)):
        form = g.c(["lf", "LF", "lf", "full", "il", "fi", "any"])
        out += ["\n", '"'] + L(g, "⟨r%d.%s⟩\",\"⟨r%d.email⟩\",\"⟨storetown%d⟩\",\"%s\",\"⟨iso%d⟩\"" % (
            i, form, i, i % 2, g.c(["Base", "Silver", "Gold"]), i))
    return out


def loy_pipe(g):
    out = [g.tr("CARD|NAME|PHONE|STORE|LAST_VISIT", "KARTE|NAME|TELEFON|FILIALE|LETZTER_BESUCH")]
    for i in range(rows(g, 2, 6)):
        out += ["\n"] + L(g, "⟨member%d⟩|⟨r%d.BL⟩|⟨r%d.phone⟩|⟨storetown%d⟩|⟨dnum%d⟩" % (i, i, i, i % 3, i))
    return out


def loy_signup(g):
    out = [g.tr("# newsletter sign-ups from the loyalty page, last 24 h", "# Newsletter-Anmeldungen über die "
                "Bonusseite, letzte 24 h"), "\n", "email,signup_ip,opt_in,first_name,source"]
    for i in range(rows(g, 2, 5)):
        out += ["\n"] + L(g, "⟨r%d.email⟩,⟨ip%d⟩,⟦true|true|false⟧,⟨r%d.first⟩,⟦web|app|store⟧" % (i, i, i))
    return out


LAYOUTS["loyalty_tsv_export"] = [T(loy_tsv), T(loy_semicolon), T(loy_quoted), T(loy_pipe), T(loy_signup)]

# --------------------------------------------------------------------------- order_webhook_json


def wh_order(g):
    return L(g, '{\n  "event": "order.created",\n  "id": "⟨order⟩",\n  "created_at": "⟨isots⟩",\n'
                '  "customer": {"first_name": "⟨a.first⟩", "last_name": "⟨a.last⟩", "email": "⟨a.email⟩",'
                ' "phone": "⟨a.e164⟩"},\n  "shipping_address": {\n    "name": "⟨a.full⟩",\n    "address1": '
                '"⟨a.street⟩",\n    "zip": "⟨a.zip⟩",\n    "city": "⟨a.town⟩",\n    "country_code": "⟨a.cc⟩"\n'
                '  },\n  "line_items": [{"sku": "⟨sku⟩", "quantity": 1}],\n  "browser_ip": "⟨a.ip⟩"\n}')


def wh_refund(g):
    return L(g, '{"event": "refund.created", "order_id": "⟨order⟩", "amount": "⟨amount⟩", "method": '
                '"bank_transfer",\n "account_holder": "⟨a.full⟩", "iban": "⟨a.ibanc⟩",\n "requested_by": '
                '"⟨s.email⟩", "note": "⟦' + g.tr("customer asked for transfer instead of card",
                                                   "Kundin/Kunde wünscht Überweisung statt Karte") +
             '|' + g.tr("card expired", "Karte abgelaufen") + '⟧"}')


def wh_logline(g):
    return L(g, '⟨isots⟩ INFO webhook.dispatch topic=orders/paid status=200 payload={"id":"⟨order⟩",'
                '"email":"⟨a.email⟩","billing":{"name":"⟨a.full⟩","street":"⟨a.street⟩","phone":"⟨a.e164⟩"}}'
                '⟪\n⟨isots2⟩ WARN webhook.retry topic=orders/paid attempt=2 customer="⟨a.full⟩"⟫')


def wh_note(g):
    return L(g, '{\n  "event": "customer.updated",\n  "customer_id": ⟨custno⟩,\n  "changes": {\n'
                '    "phone": ["⟨a.e164⟩", "⟨a.phone2⟩"],\n    "default_address": {"street": "⟨a.street⟩"}\n'
                '  },\n  "note": "' + g.tr("Called in, new mobile. Spoke to ", "Hat angerufen, neue Handynummer. "
                                                                                   "Gesprochen mit ") +
             '⟨s.first⟩.",\n  "actor": "⟨s.email⟩"\n}')


LAYOUTS["order_webhook_json"] = [T(wh_order), T(wh_refund), T(wh_logline), T(wh_note)]

# --------------------------------------------------------------------------- store_contacts_yaml


def yaml_stores(g):
    out = [g.tr("# store contacts, maintained by Retail Ops", "# Filialkontakte, gepflegt von Retail Ops"),
           "\nstores:"]
    for i in range(rows(g, 1, 2)):
        out += ["\n"] + L(g, "  - id: ⟨shopid%d⟩\n    name: Talgrat ⟨shoptown%d⟩\n    manager: ⟨s%d.full⟩\n"
                             "    phone: \"⟨storephone%d⟩\"\n    email: ⟨s%d.email⟩\n    address: \"⟨shopaddr%d⟩\"" % (
                                 (i,) * 6))
    return out


def yaml_oncall(g):
    out = L(g, "oncall:\n  team: ⟦retail-it|warehouse-systems|ecom-ops⟧\n  rota:")
    for i in range(rows(g, 2, 4)):
        out += ["\n"] + L(g, "    - name: ⟨s%d.full⟩\n      mobile: \"⟨s%d.mobile⟩\"\n      from: ⟨iso%d⟩" % (i, i, i))
    return out


def yaml_pickup(g):
    return L(g, "carrier: ⟨carrier⟩\npickup:\n  days: [⟦mon, wed, fri|tue, thu⟧]\n  window: \"⟦14:00-17:00|"
                "09:00-12:00⟧\"\n  contact_person: ⟨s.full⟩\n  contact_phone: \"⟨s.phone⟩\"\n  address:\n"
                "    street: ⟨shopstreet⟩\n    postcode: \"⟨shopzip⟩\"\n⟪  # " + g.tr("deputy", "Vertretung") +
             ": ⟨s2.full⟩, ⟨s2.phone⟩\n⟫notify: ⟨s.email⟩")


def yaml_alerts(g):
    return L(g, "receivers:\n  - name: ⟦store-tills|payment-errors|stock-sync⟧\n    email_configs:\n"
                "      - to: ⟨s.email⟩\n      - to: ⟨s2.email⟩\n    sms:\n      - number: \"⟨s.e164⟩\"  # "
                "⟨s.full⟩\n⟪  - name: escalation\n    email_configs:\n      - to: ⟨s3.email⟩  # ⟨s3.full⟩\n⟫")


LAYOUTS["store_contacts_yaml"] = [T(yaml_stores), T(yaml_oncall), T(yaml_pickup), T(yaml_alerts)]

# --------------------------------------------------------------------------- saved_checkout_html


def html_form(g):
    lab = lambda en, de: g.tr(en, de)
    return L(g, '<form id="checkout" method="post">\n  <input name="firstName" value="⟨a.first⟩">\n'
                '  <input name="lastName" value="⟨a.last⟩">\n  <input name="street" value="⟨a.street⟩">\n'
                '  <input name="zip" value="⟨a.zip⟩"> <input name="city" value="⟨a.town⟩">\n'
                '  <input type="email" name="email" value="⟨a.email⟩">\n'
                '  <input type="tel" name="phone" value="⟨a.phone⟩">\n'
                '  <button type="submit">' + lab("Continue to payment", "Weiter zur Zahlung") + '</button>\n</form>')


def html_card(g):
    return L(g, '<div class="address-card ⟦default|billing⟧">\n  <strong>⟨a.full⟩</strong><br>\n  ⟨a.street⟩<br>\n'
                '  ⟨a.ziptown⟩<br>\n  ' + g.tr("Phone", "Tel.") + ' ⟨a.phone⟩\n</div>⟪\n<div class="address-card">'
                '\n  <strong>⟨b.full⟩</strong><br>\n  ⟨b.street⟩<br>\n  ⟨b.ziptown⟩\n</div>⟫')


def html_debit(g):
    return L(g, '<section id="payment">\n  <h2>' + g.tr("Direct debit", "Lastschrift") + '</h2>\n'
                '  <label>' + g.tr("Account holder", "Kontoinhaber") + '</label> <input name="holder" value="⟨a.full⟩">'
                '\n  <label>IBAN</label> <input name="iban" value="⟨a.iban⟩">\n  <p class="hint">' +
             g.tr("Saved card: •••• ", "Gespeicherte Karte: •••• ") + '⟨a.cardend⟩</p>\n</section>')


def html_mail(g):
    return L(g, '<p>' + g.tr("Hi", "Hallo") + ' ⟨a.first⟩,</p>\n<p>' +
             g.tr("thanks for your order ⟨order⟩. It will be delivered to:",
                  "danke für deine Bestellung ⟨order⟩. Wir liefern an:") +
             '</p>\n<p>⟨a.full⟩<br>\n⟨a.street⟩<br>\n⟨a.ziptown⟩</p>\n<p>' +
             g.tr("Questions? Write to", "Fragen? Schreib an") + ' <a href="mailto:⟨shopmail⟩">⟨shopmail⟩</a></p>')


LAYOUTS["saved_checkout_html"] = [T(html_form), T(html_card), T(html_debit), T(html_mail)]

# --------------------------------------------------------------------------- postgres_copy_dump


def pg_customers(g):
    out = ["COPY public.customers (id, first_name, last_name, email, phone, created_at) FROM stdin;"]
    for i in range(rows(g, 2, 6)):
        out += ["\n"] + L(g, "⟨custno%d⟩\t⟨r%d.first⟩\t⟨r%d.last⟩\t⟨r%d.email⟩\t⟦⟨r%d.e164⟩|\\N⟧\t⟨isots%d⟩" % (
            (i,) * 6))
    out.append("\n\\.")
    return out


def pg_addresses(g):
    out = ["COPY public.addresses (id, customer_id, street, postcode, town, country) FROM stdin;"]
    for i in range(rows(g, 2, 6)):
        out += ["\n"] + L(g, "%d\t⟨custno%d⟩\t⟨r%d.street⟩\t⟨r%d.zip⟩\t⟨r%d.town⟩\t⟨r%d.cc⟩" % (
            g.rng.randint(100, 99999), i, i, i, i, i))
    out.append("\n\\.")
    return out


def pg_payouts(g):
    out = ["-- " + g.tr("consignment payouts", "Auszahlungen Kommissionsware"),
           "\nCOPY public.payouts (id, holder, iban, amount, paid_on) FROM stdin;"]
    for i in range(rows(g, 2, 5)):
        out += ["\n"] + L(g, "%d\t⟨r%d.full⟩\t⟨r%d.ibanc⟩\t%d.%02d\t⟨iso%d⟩" % (
            g.rng.randint(100, 9999), i, i, g.rng.randint(10, 400), g.rng.choice((0, 50, 95)), i))
    out.append("\n\\.")
    return out


def pg_insert(g):
    out = ["INSERT INTO staff_accounts (id, display_name, email, last_login_ip) VALUES"]
    n = rows(g, 2, 5)
    for i in range(n):
        out += ["\n"] + L(g, "  (%d, '⟨s%d.full⟩', '⟨s%d.email⟩', '⟨ip%d⟩')" % (g.rng.randint(10, 999), i, i, i))
        out.append("," if i < n - 1 else ";")
    return out


def pg_freelancers(g):
    out = ["-- " + g.tr("freelance course instructors, German payroll", "Honorarkräfte Kursprogramm, Lohnbuchhaltung"),
           "\nCOPY hr.freelancers (id, name, steuer_id, iban, town) FROM stdin;"]
    for i in range(rows(g, 2, 5)):
        fmt = "⟨r%d.taxidc⟩" if g.chance(0.7) else "⟨r%d.taxid⟩"
        out += ["\n"] + L(g, ("%d\t⟨r%d.full⟩\t" + fmt + "\t⟨r%d.ibanc⟩\t⟨r%d.town⟩") % (
            g.rng.randint(100, 999), i, i, i, i))
    out.append("\n\\.")
    return out


LAYOUTS["postgres_copy_dump"] = [T(pg_customers, noapos=True), T(pg_addresses, noapos=True),
                                 T(pg_payouts, noapos=True), T(pg_insert, noapos=True),
                                 T(pg_freelancers, noapos=True, country="DE",
                                   pin={"r%d" % i: "DE" for i in range(6)})]

# --------------------------------------------------------------------------- mbox_archive


def mbox_one(g):
    subj = g.c([g.tr("Exchange for ", "Umtausch ") + "⟨order⟩", g.tr("Where is my parcel?", "Wo ist mein Paket?"),
                g.tr("Question about the ", "Frage zu ") + "⟨prod⟩"])
    body = g.c([g.tr("Hello, could you tell me when ⟨order⟩ will arrive? Thanks, ⟨a.first⟩",
                     "Hallo, wann kommt ⟨order⟩ an? Danke, ⟨a.first⟩"),
                g.tr("Hi, I need the next size up. My number is ⟨a.phone⟩. ⟨a.full⟩",
                     "Hallo, ich brauche eine Nummer größer. Meine Nummer ist ⟨a.phone⟩. ⟨a.full⟩")])
    return L(g, "From ⟨a.email⟩ ⟨mboxdate⟩\nReturn-Path: <⟨a.email⟩>\nReceived: from [⟨a.ip⟩] by mx1.talgrat.de; "
                "⟨maildate⟩\nFrom: \"⟨a.full⟩\" <⟨a.email⟩>\nTo: ⟨shopmail⟩\nSubject: " + subj + "\nDate: ⟨maildate⟩\n"
                "\n" + body)


def mbox_two(g):
    return L(g, "From ⟨a.email⟩ ⟨mboxdate⟩\nFrom: ⟨a.full⟩ <⟨a.email⟩>\nTo: ⟨s.email⟩\nSubject: " +
             g.tr("Fitting on ", "Termin am ") + "⟨weekday⟩\n\n" +
             g.tr("See you at ⟨time⟩!", "Bis ⟨time⟩!") + "\n\nFrom ⟨s.email⟩ ⟨mboxdate2⟩\nFrom: ⟨s.full⟩ <⟨s.email⟩>\n"
             "To: ⟨a.email⟩\nSubject: Re: " + g.tr("Fitting on ", "Termin am ") + "⟨weekday⟩\n\n" +
             g.tr("Confirmed, thanks ⟨a.first⟩!", "Passt, danke ⟨a.first⟩!"))


def mbox_reply_to(g):
    return L(g, "From MAILER-DAEMON ⟨mboxdate⟩\nX-Original-To: ⟨shopmail⟩\nFrom: ⟨a.full⟩ <⟨a.email⟩>\n"
                "Reply-To: ⟨a.email2⟩\nSubject: " + g.tr("Returns form", "Retourenschein") + "\nX-Originating-IP: "
                "[⟨a.ip⟩]\n\n" + g.tr("Please send the returns label to my other address, ⟨a.email2⟩.",
                                      "Bitte den Retourenschein an meine andere Adresse schicken, ⟨a.email2⟩."))


def mbox_cc(g):
    return L(g, "From ⟨s.email⟩ ⟨mboxdate⟩\nFrom: ⟨s.full⟩ <⟨s.email⟩>\nTo: ⟨a.full⟩ <⟨a.email⟩>\n"
                "Cc: ⟨s2.full⟩ <⟨s2.email⟩>⟪, ⟨b.email⟩⟫\nSubject: " + g.tr("Your repair ", "Ihre Reparatur ") +
             "⟨ticket⟩\n\n" + g.tr("The repair is done (⟨prod⟩). We can send it to ⟨a.addr1⟩, or you collect it.",
                                   "Die Reparatur ist fertig (⟨prod⟩). Wir schicken den Artikel an ⟨a.addr1⟩, oder "
                                   "Sie holen ihn ab."))


LAYOUTS["mbox_archive"] = [T(mbox_one), T(mbox_two), T(mbox_reply_to), T(mbox_cc)]

# --------------------------------------------------------------------------- ics_course_booking


def ics_course(g):
    summ = g.c([g.tr("Navigation course", "Orientierungskurs"), g.tr("Avalanche awareness evening", "Lawinenabend"),
                g.tr("Trail running clinic", "Trailrunning-Technik")])
    return L(g, "BEGIN:VEVENT\nUID:talgrat-⟨uid⟩\nDTSTART:⟨icsdt⟩\nSUMMARY:" + summ + "\n"
                "ORGANIZER;CN=⟨s.full⟩:mailto:⟨s.email⟩\nATTENDEE;CN=⟨a.full⟩;PARTSTAT=ACCEPTED:mailto:⟨a.email⟩\n"
                "⟪ATTENDEE;CN=⟨b.full⟩;PARTSTAT=TENTATIVE:mailto:⟨b.email⟩\n⟫LOCATION:⟨store⟩\nEND:VEVENT")


def ics_fitting(g):
    return L(g, "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART:⟨icsdt⟩\nSUMMARY:" +
             g.tr("Boot fitting", "Schuhberatung") + " – ⟨a.full⟩\nDESCRIPTION:" +
             g.tr("Customer phone", "Telefon Kundin/Kunde") + " ⟨a.phone⟩\\n" +
             g.tr("Wants to try the ⟨prod⟩", "Möchte ⟨prod⟩ probieren") + "\nLOCATION:⟨store⟩\nEND:VEVENT\n"
             "END:VCALENDAR")


def ics_cancel(g):
    return L(g, "BEGIN:VCALENDAR\nMETHOD:CANCEL\nBEGIN:VEVENT\nUID:talgrat-⟨uid⟩\nDTSTART:⟨icsdt⟩\nSTATUS:CANCELLED"
                "\nSUMMARY:" + g.tr("CANCELLED: ", "ABGESAGT: ") + "⟦" + g.tr("Via ferrata day", "Klettersteigtag") +
             "|" + g.tr("Navigation course", "Orientierungskurs") + "⟧\nATTENDEE;CN=\"⟨a.LF⟩\":mailto:⟨a.email⟩\n"
             "COMMENT:" + g.tr("Refund to ", "Erstattung auf ") + "⟨a.ibanc⟩\nEND:VEVENT\nEND:VCALENDAR")


def ics_instructor(g):
    return L(g, "BEGIN:VEVENT\nDTSTART;TZID=Europe/Berlin:⟨icsdt⟩\nSUMMARY:" + g.tr("Course lead", "Kursleitung") +
             ": ⟨a.full⟩\nCONTACT:⟨a.full⟩\\, ⟨a.phone⟩\nX-INSTRUCTOR-EMAIL:⟨a.email⟩\nDESCRIPTION:" +
             g.tr("Meet at the store entrance. Deputy: ", "Treffpunkt am Eingang. Vertretung: ") +
             "⟨b.full⟩\nEND:VEVENT")


LAYOUTS["ics_course_booking"] = [T(ics_course), T(ics_fitting), T(ics_cancel), T(ics_instructor)]

# --------------------------------------------------------------------------- markdown_handover_table


def md_callbacks(g):
    out = [g.tr("## Shift handover ", "## Schichtübergabe ") + "⟨dnum⟩\n\n", g.tr(
        "| Time | Customer | Issue | Contact |", "| Zeit | Kund:in | Anliegen | Kontakt |"), "\n|---|---|---|---|"]
    out = L(g, "".join(out))
    issues = [g.tr("zip broken", "Reißverschluss kaputt"), g.tr("wrong size delivered", "falsche Größe geliefert"),
              g.tr("wants refund", "will Erstattung"), g.tr("asks about repair", "fragt nach Reparatur")]
    for i in range(rows(g, 2, 4)):
        out += ["\n"] + L(g, "| ⟨t%d⟩ | ⟨r%d.any⟩ | %s | ⟦⟨r%d.phone⟩|⟨r%d.email⟩⟧ |" % (
            i, i, g.c(issues), i, i))
    out += ["\n\n"] + L(g, g.tr("Open: call ⟨r0.first⟩ back before noon.", "Offen: ⟨r0.first⟩ vor Mittag "
                                                                             "zurückrufen."))
    return out


def md_reservations(g):
    out = L(g, g.tr("### Reservations\n\n| Name | Item | Phone | Collect by |\n|:--|:--|:--|:--|",
                    "### Reservierungen\n\n| Name | Artikel | Telefon | Abholen bis |\n|:--|:--|:--|:--|"))
    for i in range(rows(g, 2, 5)):
        out += ["\n"] + L(g, "| ⟨r%d.lf⟩ | ⟨prod%d⟩ | ⟨r%d.phone⟩ | ⟨dnum%d⟩ |" % (i, i, i, i))
    return out


def md_deliveries(g):
    out = L(g, g.tr("**Home deliveries ⟨weekday⟩**\n\n| # | Customer | Street | Postcode | Note |\n|---|---|---|---|---|",
                    "**Hauslieferungen ⟨weekday⟩**\n\n| # | Kund:in | Straße | PLZ | Notiz |\n|---|---|---|---|---|"))
    notes = [g.tr("ring twice", "zweimal klingeln"), g.tr("back door", "Hintereingang"), "–",
             g.tr("call first", "vorher anrufen")]
    for i in range(rows(g, 2, 5)):
        out += ["\n"] + L(g, "| %d | ⟨r%d.any⟩ | ⟨r%d.street⟩ | ⟨r%d.zip⟩ | %s |" % (i + 1, i, i, i, g.c(notes)))
    return out


def md_staff(g):
    out = L(g, g.tr("## Cover this week\n\n| Day | Early | Late | Mobile (late) |\n|---|---|---|---|",
                    "## Vertretung diese Woche\n\n| Tag | Früh | Spät | Handy (Spät) |\n|---|---|---|---|"))
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] if g.lang == "en" else ["Mo", "Di", "Mi", "Do", "Fr", "Sa"]
    for i in range(rows(g, 2, 5)):
        out += ["\n"] + L(g, "| %s | ⟨s%d.first⟩ | ⟨t%d.first⟩ | ⟨t%d.mobile⟩ |" % (days[i], i, i, i))
    return out


LAYOUTS["markdown_handover_table"] = [T(md_callbacks), T(md_reservations), T(md_deliveries),
                                      T(md_staff, staff=("t0", "t1", "t2", "t3", "t4"))]

# --------------------------------------------------------------------------- ocr_return_slip


def ocr_noise(g, s):
    subs = [("rn", "m"), ("l", "1"), ("O", "0"), ("i", "l"), ("e", "c"), ("m", "rn")]
    out = []
    for w in s.split(" "):
        if len(w) > 3 and g.rng.random() < 0.25:
            a, b = g.c(subs)
            if a in w:
                w = w.replace(a, b, 1)
        out.append(w)
    return " ".join(out)


def ocr_slip(g):
    n = lambda s: ocr_noise(g, s)
    return L(g, n(g.tr("RETURNS FORM", "RETOURENSCHEIN")) + " ⟨order⟩\n" + n(g.tr("Name:", "Name:")) +
             " ⟨a.any⟩\n" + n(g.tr("Address:", "Anschrift:")) + " ⟨a.addr2⟩\n" + n(g.tr("Reason:", "Grund:")) +
             " ⟦02|04|07⟧ " + n(g.tr("too big", "zu groß")) + "\n" + n(g.tr("IBAN for refund:", "IBAN für "
                                                                                             "Erstattung:")) +
             " ⟨a.iban⟩\n" + n(g.tr("Signature:", "Unterschrift:")) + " ⟨a.il⟩")


def ocr_hand(g):
    n = lambda s: ocr_noise(g, s)
    return L(g, "|| " + n(g.tr("TALGRAT RETURNS", "TALGRAT RÜCKSENDUNG")) + " ||\n" + n(g.tr("name", "name")) +
             " : ⟨a.low⟩\n" + n(g.tr("e-mail", "e-mail")) + " : ⟨a.email⟩\n" + n(g.tr("phone", "telefon")) +
             " : ⟨a.phone⟩\n[x] " + n(g.tr("refund to card", "Erstattung auf Karte")) + "   [ ] " +
             n(g.tr("exchange", "Umtausch")) + "\n" + n(g.tr("article", "Artikel")) + ": ⟨sku⟩ ⟨size⟩")


def ocr_label(g):
    n = lambda s: ocr_noise(g, s)
    return L(g, n(g.tr("FROM:", "ABSENDER:")) + "\n⟨a.FULL⟩\n⟨a.addr2⟩\n\n" + n(g.tr("TO:", "AN:")) +
             "\nTalgrat Outdoor " + n(g.tr("Returns", "Retouren")) + "\n⟨parcel⟩")


def ocr_table(g):
    n = lambda s: ocr_noise(g, s)
    out = L(g, n(g.tr("Return note", "Rücksendeschein")) + " ⟨order⟩ / " + n(g.tr("page 1 of 1", "Seite 1 von 1")) +
            "\n" + n(g.tr("Customer", "Kunde")) + ": ⟨a.LF⟩   " + n(g.tr("Cust. no.", "Kd.-Nr.")) + " ⟨custno⟩\n")
    for i in range(rows(g, 1, 3)):
        out += L(g, "⟨sku%d⟩ | ⟨size%d⟩ | %s\n" % (i, i, n(g.c([g.tr("does not fit", "passt nicht"),
                                                                  g.tr("colour differs", "Farbe anders"),
                                                                  g.tr("faulty", "defekt")]))))
    out += L(g, n(g.tr("Refund to card", "Erstattung auf Karte")) + " ⟨a.card⟩")
    return out


LAYOUTS["ocr_return_slip"] = [T(ocr_slip), T(ocr_hand), T(ocr_label), T(ocr_table)]

# --------------------------------------------------------------------------- postman_collection


def pm_create(g):
    return L(g, '{\n  "info": {"name": "Talgrat Orders API – ⟦staging|local⟧"},\n  "item": [{\n'
                '    "name": "Create order (test customer)",\n    "request": {\n      "method": "POST",\n'
                '      "url": "{{base_url}}/v2/orders",\n      "body": {"mode": "raw", "raw": "{\\"email\\": '
                '\\"⟨a.email⟩\\", \\"name\\": \\"⟨a.full⟩\\", \\"street\\": \\"⟨a.street⟩\\", \\"sku\\": '
                '\\"⟨sku⟩\\"}"}\n    }\n  }]\n}')


def pm_env(g):
    return L(g, '{\n  "name": "⟦staging|qa⟧",\n  "values": [\n    {"key": "base_url", "value": '
                '"https://api-staging.talgrat.de"},\n    {"key": "test_email", "value": "⟨a.email⟩"},\n'
                '    {"key": "test_phone", "value": "⟨a.e164⟩"},\n    {"key": "test_card", "value": "⟨a.cardc⟩"},\n'
                '    {"key": "test_holder", "value": "⟨a.full⟩"}\n  ]\n}')


def pm_example(g):
    return L(g, '"response": [{\n  "name": "200 customer",\n  "code": 200,\n  "body": "{\\"id\\": ⟨custno⟩, '
                '\\"firstName\\": \\"⟨a.first⟩\\", \\"lastName\\": \\"⟨a.last⟩\\", \\"phone\\": \\"⟨a.e164⟩\\", '
                '\\"iban\\": \\"⟨a.ibanc⟩\\", \\"lastIp\\": \\"⟨a.ip⟩\\"}"\n}]')


def pm_newman(g):
    return L(g, "newman\n\nTalgrat Customers API\n\n→ " + g.tr("Update address", "Adresse ändern") +
             "\n  PATCH https://api-staging.talgrat.de/v2/customers/⟨custno⟩ [200 OK, 1.2kB, ⟦84|112|230⟧ms]\n"
             "  ✓  street is '⟨a.street⟩'\n  ✓  email is '⟨a.email⟩'\n⟪  ✗  phone is '⟨a.phone⟩'\n⟫\n"
             "→ " + g.tr("Delete test customer", "Testkunden löschen") + "\n  DELETE https://api-staging.talgrat.de"
             "/v2/customers/⟨custno⟩ [204 No Content]", )


LAYOUTS["postman_collection"] = [T(pm_create), T(pm_env), T(pm_example), T(pm_newman)]

# --------------------------------------------------------------------------- ubl_invoice_xml


def ubl_buyer(g):
    return L(g, "<cac:AccountingCustomerParty>\n <cac:Party>\n  <cac:PostalAddress>\n   <cbc:StreetName>⟨a.street⟩"
                "</cbc:StreetName>\n   <cbc:CityName>⟨a.town⟩</cbc:CityName>\n   <cbc:PostalZone>⟨a.zip⟩"
                "</cbc:PostalZone>\n  </cac:PostalAddress>\n  <cac:Contact>\n   <cbc:Name>⟨a.full⟩</cbc:Name>\n"
                "   <cbc:Telephone>⟨a.phone⟩</cbc:Telephone>\n   <cbc:ElectronicMail>⟨a.email⟩</cbc:ElectronicMail>\n"
                "  </cac:Contact>\n </cac:Party>\n</cac:AccountingCustomerParty>")


def ubl_payment(g):
    return L(g, "<cbc:ID>⟨invno⟩</cbc:ID>\n<cbc:IssueDate>⟨iso⟩</cbc:IssueDate>\n<cac:PaymentMeans>\n"
                " <cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>\n <cac:PayeeFinancialAccount>\n"
                "  <cbc:ID>⟨a.ibanc⟩</cbc:ID>\n  <cbc:Name>⟨a.full⟩</cbc:Name>\n </cac:PayeeFinancialAccount>\n"
                "</cac:PaymentMeans>\n<cbc:Note>" + g.tr("Guide fee, course on ", "Honorar Kursleitung, Kurs am ") +
             "⟨dnum⟩</cbc:Note>")


def ubl_credit(g):
    return L(g, '<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2">\n'
                " <cbc:ID>⟨invno⟩</cbc:ID>\n <cbc:Note>" + g.tr("Refund for ", "Gutschrift zu ") + "⟨order⟩</cbc:Note>\n"
                " <cac:AccountingCustomerParty><cac:Party>\n  <cac:PartyName><cbc:Name>⟨a.full⟩</cbc:Name>"
                "</cac:PartyName>\n  <cac:PostalAddress><cbc:StreetName>⟨a.street⟩</cbc:StreetName>"
                "<cbc:PostalZone>⟨a.zip⟩</cbc:PostalZone></cac:PostalAddress>\n </cac:Party>"
                "</cac:AccountingCustomerParty>\n</CreditNote>")


def ubl_seller(g):
    return L(g, "<cbc:BuyerReference>⟨buyerref⟩</cbc:BuyerReference>\n<cac:AccountingSupplierParty><cac:Party>\n"
                " <cac:PartyName><cbc:Name>Talgrat Outdoor</cbc:Name></cac:PartyName>\n <cac:Contact>\n"
                "  <cbc:Name>⟨s.full⟩</cbc:Name>\n  <cbc:Telephone>⟨s.landline⟩</cbc:Telephone>\n"
                "  <cbc:ElectronicMail>⟨s.email⟩</cbc:ElectronicMail>\n </cac:Contact>\n</cac:Party>"
                "</cac:AccountingSupplierParty>\n<cac:AccountingCustomerParty><cac:Party><cac:Contact>"
                "<cbc:Name>⟨a.full⟩</cbc:Name></cac:Contact></cac:Party></cac:AccountingCustomerParty>")


LAYOUTS["ubl_invoice_xml"] = [T(ubl_buyer), T(ubl_payment), T(ubl_credit), T(ubl_seller)]
