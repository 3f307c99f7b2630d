"""Machine layouts of the held-out half of the twenty-sixth PII bank (heldout26).

Each function writes one text into a Doc: f(ctx, d). Field names follow the text's language.
Layouts with personal data: PII[genre] = [functions]; without: CLEAN[genre] = [functions].
"""

import pii26_held_core as C

PII = {}
CLEAN = {}


def L(ctx, en, de):
    return en if ctx.lang == "en" else de


def who(ctx, d, key, form="full", **kw):
    p = ctx.P(key, **kw)
    d.seg(ctx.person_form(p, form))
    return p


def rows(ctx, lo, hi):
    return ctx.rng.randint(lo, hi)


def ts(ctx):
    r = ctx.rng
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (r.choice([2025, 2026]), r.randint(1, 12),
                                               r.randint(1, 28), r.randint(0, 23),
                                               r.randint(0, 59), r.randint(0, 59))


def clf_time(ctx):
    r = ctx.rng
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%02d/%s/%d:%02d:%02d:%02d +0%d00" % (r.randint(1, 28), r.choice(mon),
                                                 r.choice([2025, 2026]), r.randint(0, 23),
                                                 r.randint(0, 59), r.randint(0, 59),
                                                 r.choice([0, 1, 2]))


def ocr(ctx, s):
    """OCR noise on the form's own words (never on values)."""
    r = ctx.rng
    out = []
    for ch in s:
        x = r.random()
        if ch == "O" and x < 0.35:
            out.append("0")
        elif ch == "l" and x < 0.2:
            out.append("1")
        elif ch == "I" and x < 0.2:
            out.append("l")
        elif ch == "e" and x < 0.04:
            out.append("c")
        else:
            out.append(ch)
    return "".join(out)


# =======================================================================================
# lead_csv


def lead_csv_a(ctx, d):
    sep = ctx.rng.choice([",", ";"])
    cols = [L(ctx, "name", "Name"), L(ctx, "email", "E-Mail"), L(ctx, "phone", "Telefon"),
            L(ctx, "company", "Firma"), L(ctx, "interest", "Interesse")]
    d.t(sep.join(cols) + "\n")
    for i in range(rows(ctx, 2, 5)):
        k = "p%d" % (i + 1)
        p = ctx.P(k)
        d.t('"')
        d.seg(ctx.person_form(p, ctx.rng.choice(["lf", "lf", "LF", "full"])))
        d.t('"' + sep)
        d.seg(ctx.person_form(p, "email"))
        d.t(sep)
        d.seg(ctx.person_form(p, "phone"))
        d.t(sep + ctx.rng.choice(C.COMPANIES[ctx.lang]) + sep +
            ctx.rng.choice(["Rucksäcke", "Regenjacken", "Teamausstattung", "Schuhe"]
                           if ctx.lang == "de" else ["backpacks", "rain jackets", "team kit",
                                                     "footwear"]))
        d.t("\n")
    d.rstrip_nl()


def lead_csv_b(ctx, d):
    sep = ctx.rng.choice([",", ";", "\t"])
    hdr = [L(ctx, "first_name", "Vorname"), L(ctx, "last_name", "Nachname"),
           L(ctx, "street", "Straße"), L(ctx, "postcode", "PLZ"), L(ctx, "town", "Ort")]
    d.t(sep.join(hdr))
    for i in range(rows(ctx, 2, 5)):
        p = ctx.P("p%d" % (i + 1))
        a = ctx.A("a%d" % (i + 1))
        d.t("\n")
        d.seg(ctx.person_form(p, "first"))
        d.t(sep)
        d.seg(ctx.person_form(p, "last"))
        d.t(sep)
        q = '"' if sep == "," and "," in a.street_line else ""
        d.t(q)
        d.e("STREET_ADDRESS", a.street_line)
        d.t(q)
        town = '"%s"' % a.town if sep == "," and "," in a.town else a.town
        d.t(sep + a.pc + sep + town)


def lead_csv_c(ctx, d):
    # trade-fair scanner export, pipe separated
    d.t(L(ctx, "scan_id|contact|email|mobile|stand|note", "scan_id|kontakt|mail|mobil|stand|notiz"))
    for i in range(rows(ctx, 2, 4)):
        p = ctx.P("p%d" % (i + 1))
        d.t("\n" + C.safe_digits(ctx.rng, 5, "7") + "|")
        d.seg(ctx.person_form(p, ctx.rng.choice(["full", "up", "LF"])))
        d.t("|")
        d.seg(ctx.person_form(p, "wmail"))
        d.t("|")
        d.seg(ctx.person_form(p, "mobile"))
        d.t("|" + ctx.rng.choice(["B12", "C04", "A7", "Halle 3"]) + "|" +
            ctx.rng.choice(L(ctx, ["wants catalogue", "team order 40 pcs", "call in May",
                                   "demo pack"],
                                ["Katalog schicken", "Teamorder 40 Stk", "im Mai anrufen",
                                 "Testrucksack"])))


def lead_csv_d(ctx, d):
    # salutation column
    sep = ";"
    d.t(L(ctx, "title;first;last;email;newsletter", "Anrede;Vorname;Nachname;E-Mail;Newsletter"))
    for i in range(rows(ctx, 2, 5)):
        p = ctx.P("p%d" % (i + 1))
        hon = L(ctx, "Ms" if p.gender == "f" else "Mr", "Frau" if p.gender == "f" else "Herr")
        d.t("\n" + hon + sep)
        d.seg(ctx.person_form(p, "first"))
        d.t(sep)
        d.seg(ctx.person_form(p, "last"))
        d.t(sep)
        d.seg(ctx.person_form(p, "email"))
        d.t(sep + ctx.rng.choice(["ja", "nein", "1", "0"] if ctx.lang == "de" else
                                 ["yes", "no", "1", "0"]))


def lead_csv_e(ctx, d):
    # numbered list from a paper sign-up sheet, typed in
    d.t(L(ctx, "Sign-up sheet, ", "Anmeldeliste, ") + ctx.rng.choice(C.STORES[ctx.lang]) +
        " – " + ctx.date("num") + "\n")
    for i in range(rows(ctx, 2, 5)):
        p = ctx.P("p%d" % (i + 1))
        d.t("%d. " % (i + 1))
        d.seg(ctx.person_form(p, ctx.rng.choice(["full", "lf", "LF"])))
        d.t(" – ")
        if ctx.rng.random() < 0.5:
            d.seg(ctx.person_form(p, "email"))
        else:
            d.seg(ctx.person_form(p, "phone"))
        d.t("\n")
    d.rstrip_nl()


PII["lead_csv"] = [lead_csv_a, lead_csv_b, lead_csv_c, lead_csv_d, lead_csv_e]


# =======================================================================================
# json_record


def json_a(ctx, d):
    p = ctx.P("p1")
    a = ctx.A("a1")
    compact = ctx.rng.random() < 0.35
    nl = "" if compact else "\n"
    ind = "" if compact else "  "
    ind2 = "" if compact else "    "
    sp = " " if compact else ""
    d.t("{" + nl + ind + '"customer_id": "' + C.safe_digits(ctx.rng, 7, "4") + '",' + sp + nl +
        ind + '"name": "')
    d.seg(ctx.person_form(p, "full"))
    d.t('",' + sp + nl + ind + '"email": "')
    d.seg(ctx.person_form(p, "email"))
    d.t('",' + sp + nl + ind + '"phone": "')
    d.seg(ctx.person_form(p, "phone"))
    d.t('",' + sp + nl + ind + '"address": {' + nl + ind2 + '"street": "')
    d.e("STREET_ADDRESS", a.street_line)
    d.t('",' + sp + nl + ind2 + '"postcode": "' + a.pc + '",' + sp + nl + ind2 + '"city": "' +
        a.town + '",' + sp + nl + ind2 + '"country": "' + a.country + '"' + nl + ind + "}," +
        sp + nl + ind + '"locale": "' + ctx.lang + '"' + nl + "}")


def json_b(ctx, d):
    p = ctx.P("p1")
    d.t('{"event": "checkout_completed", "ts": "' + ts(ctx) + '", "order": "' + ctx.order() +
        '",\n "client_ip": "')
    d.seg(ctx.slot(ctx.rng.choice(["ip4", "ip6", "ippub"])))
    d.t('", "user": {"email": "')
    d.seg(ctx.person_form(p, "email"))
    d.t('", "display_name": "')
    d.seg(ctx.person_form(p, ctx.rng.choice(["full", "fi", "first"])))
    d.t('"},\n "total": ' + "%d.%02d" % (ctx.rng.randint(20, 600), ctx.rng.randint(0, 99)) +
        ', "currency": "' + ("CHF" if ctx.country == "CH" else "GBP" if ctx.country == "GB"
                             else "USD" if ctx.country == "US" else "EUR") + '"}')


def json_c(ctx, d):
    p = ctx.P("p1")
    d.t("{\n  \"payee\": \"")
    d.seg(ctx.person_form(p, "full"))
    d.t("\",\n  \"role\": \"" + L(ctx, ctx.rng.choice(["photographer", "ambassador", "guide"]),
                                   ctx.rng.choice(["Fotograf", "Botschafterin", "Bergführer"])) +
        "\",\n  \"iban\": \"")
    d.seg(ctx.slot("iban"))
    if ctx.lang == "de" or ctx.rng.random() < 0.3:
        d.t("\",\n  \"tax_id\": \"")
        d.seg(ctx.slot("taxid"))
    d.t("\",\n  \"amount\": " + "%d.00" % ctx.rng.randint(150, 2400) + ",\n  \"period\": \"" +
        ctx.date("iso")[:7] + "\"\n}")


def json_d(ctx, d):
    n = rows(ctx, 2, 4)
    d.t('{"store": "' + ctx.rng.choice(C.STORES[ctx.lang]) + '", "staff": [\n')
    for i in range(n):
        p = ctx.P("p%d" % (i + 1))
        d.t('  {"first_name": "')
        d.seg(ctx.person_form(p, "first"))
        d.t('", "last_name": "')
        d.seg(ctx.person_form(p, "last"))
        d.t('", "mobile": "')
        d.seg(ctx.person_form(p, "mobile"))
        d.t('"}' + ("," if i < n - 1 else "") + "\n")
    d.t("]}")


def json_e(ctx, d):
    p = ctx.P("p1")
    a = ctx.A("a1")
    d.t('{"type": "' + ctx.rng.choice(["shipment.created", "return.requested", "address.updated"]) +
        '", "data": {"recipient": "')
    d.seg(ctx.person_form(p, ctx.rng.choice(["full", "up"])))
    d.t('", "address_line": "')
    d.e("STREET_ADDRESS", a.one())
    d.t('", "parcel": "' + ctx.parcel() + '", "notify": "')
    d.seg(ctx.person_form(p, ctx.rng.choice(["email", "mobile"])))
    d.t('"}}')


PII["json_record"] = [json_a, json_b, json_c, json_d, json_e]


# =======================================================================================
# html_form


def html_a(ctx, d):
    p = ctx.P("p1")
    d.t('<form action="/' + L(ctx, "contact", "kontakt") + '" method="post">\n  <label>' +
        L(ctx, "Name", "Name") + ' <input name="name" value="')
    d.seg(ctx.person_form(p, "full"))
    d.t('"></label>\n  <label>' + L(ctx, "E-mail", "E-Mail") + ' <input type="email" value="')
    d.seg(ctx.person_form(p, "email"))
    d.t('"></label>\n  <label>' + L(ctx, "Phone", "Telefon") + ' <input type="tel" value="')
    d.seg(ctx.person_form(p, "phone"))
    d.t('"></label>\n  <textarea name="msg">' +
        L(ctx, "Is the %s available in %s?" % (ctx.product()[0], ctx.slot("size")[0]),
          "Gibt es den %s in %s?" % (ctx.product()[0], ctx.slot("size")[0])) +
        "</textarea>\n</form>")


def html_b(ctx, d):
    p = ctx.P("p1")
    a = ctx.A("a1")
    d.t("<fieldset><legend>" + L(ctx, "Delivery address", "Lieferadresse") + "</legend>\n")
    d.t('<input name="firstname" value="')
    d.seg(ctx.person_form(p, "first"))
    d.t('">\n<input name="lastname" value="')
    d.seg(ctx.person_form(p, "last"))
    d.t('">\n<input name="street" value="')
    d.e("STREET_ADDRESS", a.street_line)
    d.t('">\n<input name="zip" value="' + a.pc + '">\n<input name="city" value="' + a.town +
        '">\n<input type="hidden" name="client_ip" value="')
    d.seg(ctx.slot(ctx.rng.choice(["ip4", "ip6"])))
    d.t('">\n</fieldset>')


def html_c(ctx, d):
    p = ctx.P("p1")
    d.t('<div class="payment">\n  <p>' + L(ctx, "Cardholder: ", "Karteninhaber: "))
    d.seg(ctx.person_form(p, ctx.rng.choice(["full", "up"])))
    d.t("</p>\n  <p>" + L(ctx, "Card number: ", "Kartennummer: "))
    d.seg(ctx.slot("card"))
    d.t("</p>\n  <p>" + L(ctx, "Expires: ", "Gültig bis: ") + "%02d/%02d" %
        (ctx.rng.randint(1, 12), ctx.rng.randint(26, 30)) + "</p>\n</div>")


def html_d(ctx, d):
    p = ctx.P("p1")
    a = ctx.A("a1", country="DE" if ctx.rng.random() < 0.7 else None)
    d.t("<h2>" + L(ctx, "Payroll form (German store)", "Personalfragebogen") + "</h2>\n<table>\n")
    d.t("<tr><td>" + L(ctx, "Name", "Name, Vorname") + "</td><td>")
    d.seg(ctx.person_form(p, "lf"))
    d.t("</td></tr>\n<tr><td>" + L(ctx, "Address", "Anschrift") + "</td><td>")
    d.e("STREET_ADDRESS", a.one())
    d.t("</td></tr>\n<tr><td>" + L(ctx, "Tax ID (Steuer-ID)", "Steuer-ID") + "</td><td>")
    d.seg(ctx.slot("taxid"))
    d.t("</td></tr>\n<tr><td>IBAN</td><td>")
    d.seg(ctx.slot("iban"))
    d.t("</td></tr>\n</table>")


def html_e(ctx, d):
    n = rows(ctx, 2, 4)
    d.t("<table>\n<tr><th>" + L(ctx, "Customer", "Kunde") + "</th><th>" +
        L(ctx, "E-mail", "E-Mail") + "</th><th>" + L(ctx, "Order", "Bestellung") + "</th></tr>\n")
    for i in range(n):
        p = ctx.P("p%d" % (i + 1))
        d.t("<tr><td>")
        d.seg(ctx.person_form(p, ctx.rng.choice(["full", "lf"])))
        d.t("</td><td>")
        d.seg(ctx.person_form(p, "email"))
        d.t("</td><td>" + ctx.order() + "</td></tr>\n")
    d.t("</table>")


PII["html_form"] = [html_a, html_b, html_c, html_d, html_e]


# =======================================================================================
# sql_dump


def sql_a(ctx, d):
    n = rows(ctx, 1, 3)
    d.t("INSERT INTO customers (id, first_name, last_name, email, phone) VALUES\n")
    for i in range(n):
        p = ctx.P("p%d" % (i + 1), noapos=True)
        d.t("(" + C.safe_digits(ctx.rng, 5, "3") + ", '")
        d.seg(ctx.person_form(p, "first"))
        d.t("', '")
        d.seg(ctx.person_form(p, "last"))
        d.t("', '")
        d.seg(ctx.person_form(p, "email"))
        d.t("', '")
        d.seg(ctx.person_form(p, "phone"))
        d.t("')" + ("," if i < n - 1 else ";") + ("\n" if i < n - 1 else ""))


def sql_b(ctx, d):
    p = ctx.P("p1", noapos=True)
    a = ctx.A("a1")
    d.t("-- " + L(ctx, "address change requested by phone", "Adressänderung telefonisch") + "\n")
    d.t("UPDATE customers SET street = '")
    d.e("STREET_ADDRESS", a.street_line)
    d.t("', zip = '" + a.pc + "', city = '" + a.town.replace("'", "''") + "', phone = '")
    d.seg(ctx.person_form(p, "phone"))
    d.t("'\n WHERE email = '")
    d.seg(ctx.person_form(p, "email"))
    d.t("';")


def sql_c(ctx, d):
    n = rows(ctx, 2, 4)
    d.t("mysql> SELECT first_name, last_name, last_ip FROM accounts WHERE flagged = 1;\n")
    d.t("+------------+------------+-----------------+\n| first_name | last_name  | last_ip         |\n"
        "+------------+------------+-----------------+\n")
    for i in range(n):
        p = ctx.P("p%d" % (i + 1), noapos=True)
        d.t("| ")
        d.seg(ctx.person_form(p, "first"))
        d.t(" | ")
        d.seg(ctx.person_form(p, "last"))
        d.t(" | ")
        d.seg(ctx.slot(ctx.rng.choice(["ip4", "ippub", "ippriv"])))
        d.t(" |\n")
    d.t("+------------+------------+-----------------+\n%d rows in set (0.0%d sec)" %
        (n, ctx.rng.randint(0, 9)))


def sql_d(ctx, d):
    p = ctx.P("p1", noapos=True)
    d.t("SELECT * FROM orders WHERE customer_email = '")
    d.seg(ctx.person_form(p, "email"))
    d.t("' AND created_at > '" + ctx.date("iso") + "';\n-- " +
        L(ctx, "ticket ", "Ticket ") + ctx.slot("ticket")[0] + ", " +
        L(ctx, "asked by ", "Anfrage von "))
    d.seg(ctx.person_form(ctx.P("p2", noapos=True), ctx.rng.choice(["first", "full"])))


def sql_e(ctx, d):
    p = ctx.P("p1", noapos=True)
    d.t("INSERT INTO refunds (order_id, holder, iban, amount) VALUES ('" + ctx.order() + "', '")
    d.seg(ctx.person_form(p, "full"))
    d.t("', '")
    d.seg(ctx.slot("iban"))
    d.t("', %d.%02d);" % (ctx.rng.randint(10, 400), ctx.rng.randint(0, 99)))


PII["sql_dump"] = [sql_a, sql_b, sql_c, sql_d, sql_e]


# =======================================================================================
# server_log


def log_a(ctx, d):
    n = rows(ctx, 2, 5)
    paths = ["/de/produkte/", "/en/products/", "/checkout", "/account/login", "/api/cart",
             "/static/img/hero.webp", "/konto/adressen"]
    for i in range(n):
        d.seg(ctx.slot(ctx.rng.choice(["ip4", "ippub", "ip6"])))
        d.t(' - - [' + clf_time(ctx) + '] "' + ctx.rng.choice(["GET", "GET", "POST"]) + " " +
            ctx.rng.choice(paths) + ' HTTP/1.1" ' + ctx.rng.choice(["200", "200", "302", "404"]) +
            " " + str(ctx.rng.randint(200, 90000)))
        if i < n - 1:
            d.t("\n")


def log_b(ctx, d):
    p = ctx.P("p1")
    host = ctx.rng.choice(["shop-web-01", "crm-02", "mail-gw"])
    t = "%s %2d %02d:%02d:%02d " % (ctx.rng.choice(["Jan", "Mar", "Jun", "Oct"]),
                                   ctx.rng.randint(1, 28), ctx.rng.randint(0, 23),
                                   ctx.rng.randint(0, 59), ctx.rng.randint(0, 59))
    d.t(t + host + " sshd[" + str(ctx.rng.randint(1000, 60000)) + "]: Failed password for "
        "invalid user admin from ")
    d.seg(ctx.slot("ippub"))
    d.t(" port " + str(ctx.rng.randint(30000, 65000)) + " ssh2\n" + t + host +
        " app[" + str(ctx.rng.randint(100, 999)) + "]: login ok user=")
    d.seg(ctx.person_form(p, "email"))
    d.t(" src=")
    d.seg(ctx.slot(ctx.rng.choice(["ip4", "ip6"])))


def log_c(ctx, d):
    n = rows(ctx, 2, 4)
    for i in range(n):
        p = ctx.P("p%d" % (i + 1))
        d.t('{"level":"' + ctx.rng.choice(["info", "warn"]) + '","ts":"' + ts(ctx) +
            '","msg":"' + ctx.rng.choice(["password reset", "newsletter opt-in",
                                          "address added", "2fa enabled"]) + '","email":"')
        d.seg(ctx.person_form(p, "email"))
        d.t('","ip":"')
        d.seg(ctx.slot(ctx.rng.choice(["ip4", "ip6", "ippub"])))
        d.t('"}' + ("\n" if i < n - 1 else ""))


def log_d(ctx, d):
    n = rows(ctx, 2, 4)
    d.t("[" + ts(ctx) + "] crm-sync: " + L(ctx, "batch started", "Lauf gestartet") + "\n")
    for i in range(n):
        p = ctx.P("p%d" % (i + 1))
        d.t("[" + ts(ctx) + "] crm-sync: updated contact ")
        d.seg(ctx.person_form(p, ctx.rng.choice(["full", "lf"])))
        d.t(" <")
        d.seg(ctx.person_form(p, "email"))
        d.t("> " + ctx.rng.choice(["phone", "address", "consent", "segment"]) + "\n")
    d.t("[" + ts(ctx) + "] crm-sync: " + L(ctx, "done", "fertig") + ", %d ok, 0 failed" % n)


def log_e(ctx, d):
    p = ctx.P("p1")
    d.t("WARN payment-gw order=" + ctx.order() + " 3ds_failed holder=\"")
    d.seg(ctx.person_form(p, "up"))
    d.t("\" ip=")
    d.seg(ctx.slot(ctx.rng.choice(["ippub", "ip6"])))
    d.t("\nINFO payment-gw retry ok, fallback " + ctx.rng.choice(["paypal", "invoice", "sepa"]) +
        " account=")
    d.seg(ctx.person_form(p, "email"))


PII["server_log"] = [log_a, log_b, log_c, log_d, log_e]


# =======================================================================================
# mail_header


def mail_a(ctx, d):
    p1 = ctx.P("p1")
    p2 = ctx.P("p2")
    d.t("Received: from [")
    d.seg(ctx.slot("ippub"))
    d.t("] by mx." + ctx.rng.choice(["talgrat.de", "talgrat.com"]) + " with ESMTPSA; " +
        ctx.rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]) + ", %d %s %d %02d:%02d:%02d +0100\n" %
        (ctx.rng.randint(1, 28), ctx.rng.choice(["Jan", "Feb", "Mar", "Nov"]), 2025,
         ctx.rng.randint(0, 23), ctx.rng.randint(0, 59), ctx.rng.randint(0, 59)))
    d.t("From: \"")
    d.seg(ctx.person_form(p1, "full"))
    d.t("\" <")
    d.seg(ctx.person_form(p1, "email"))
    d.t(">\nTo: ")
    d.seg(ctx.slot("shopmail"))
    if ctx.rng.random() < 0.6:
        d.t("\nCc: ")
        d.seg(ctx.person_form(p2, "full"))
        d.t(" <")
        d.seg(ctx.person_form(p2, "smail"))
        d.t(">")
    d.t("\nSubject: " + L(ctx, "Re: my order ", "AW: meine Bestellung ") + ctx.order() +
        "\nX-Originating-IP: [")
    d.seg(ctx.slot("ip4"))
    d.t("]")


def mail_b(ctx, d):
    p1 = ctx.P("p1")
    d.t("Return-Path: <")
    d.seg(ctx.person_form(p1, "email"))
    d.t(">\nDelivered-To: ")
    d.seg(ctx.slot("shopmail"))
    d.t("\nReply-To: ")
    d.seg(ctx.person_form(p1, ctx.rng.choice(["full", "up"])))
    d.t(" <")
    d.seg(ctx.person_form(p1, "email"))
    d.t(">\nContent-Type: text/plain; charset=" + ctx.rng.choice(["utf-8", "UTF-8", "iso-8859-1"]) +
        "\nX-Sender-IP: ")
    d.seg(ctx.slot(ctx.rng.choice(["ip4", "ip6"])))


def mail_c(ctx, d):
    p1 = ctx.P("p1")
    d.t("Reporting-MTA: dns; mx." + ctx.rng.choice(["talgrat.de", "talgrat.com"]) + "\n" +
        "Final-Recipient: rfc822; ")
    d.seg(ctx.person_form(p1, "email"))
    d.t("\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 " +
        ctx.rng.choice(["user unknown", "mailbox full", "no such recipient"]) +
        "\nX-Original-To: ")
    d.seg(ctx.person_form(p1, "full"))
    d.t(" <")
    d.seg(ctx.person_form(p1, "email"))
    d.t(">")


def mail_d(ctx, d):
    n = rows(ctx, 2, 3)
    p0 = ctx.P("p1")
    d.t("From: ")
    d.seg(ctx.person_form(p0, "full"))
    d.t(" <")
    d.seg(ctx.person_form(p0, "smail"))
    d.t(">\nTo: ")
    for i in range(n):
        p = ctx.P("p%d" % (i + 2))
        if ctx.rng.random() < 0.5:
            d.t('"')
            d.seg(ctx.person_form(p, "lf"))
            d.t('"')
        else:
            d.seg(ctx.person_form(p, "full"))
        d.t(" <")
        d.seg(ctx.person_form(p, "email"))
        d.t(">" + (", " if i < n - 1 else ""))
    d.t("\nDate: " + ctx.date("long") + "\nSubject: " +
        L(ctx, "Interview invitation", "Einladung zum Gespräch") + "\nX-Mailer: " +
        ctx.rng.choice(["Microsoft Outlook 16.0", "Apple Mail (2.3774)", "Thunderbird 128.3"]))


PII["mail_header"] = [mail_a, mail_b, mail_c, mail_d]


# =======================================================================================
# vcard_ical


def vcard_a(ctx, d):
    p = ctx.P("p1")
    a = ctx.A("a1")
    d.t("BEGIN:VCARD\nVERSION:" + ctx.rng.choice(["3.0", "4.0"]) + "\nN:")
    d.seg(ctx.person_form(p, "last"))
    d.t(";")
    d.seg(ctx.person_form(p, "first"))
    d.t(";;;\nFN:")
    d.seg(ctx.person_form(p, "full"))
    d.t("\nTEL;TYPE=cell:")
    d.seg(ctx.person_form(p, "mobile"))
    d.t("\nEMAIL:")
    d.seg(ctx.person_form(p, "email"))
    d.t("\nADR;TYPE=home:;;")
    d.e("STREET_ADDRESS", a.street_line.replace(",", "\\,"))
    d.t(";" + a.town + ";;" + a.pc + ";" + C.COUNTRY_NAME[ctx.lang][a.country] +
        "\nEND:VCARD")


def vcard_b(ctx, d):
    p = ctx.P("p1")
    d.t("BEGIN:VCARD\nVERSION:2.1\nN:")
    d.seg(ctx.person_form(p, "last"))
    d.t(";")
    d.seg(ctx.person_form(p, "first"))
    d.t("\nORG:" + ctx.rng.choice(C.COMPANIES[ctx.lang]) + "\nTITLE:" +
        L(ctx, ctx.rng.choice(["Buyer", "Property Manager", "Account Manager"]),
          ctx.rng.choice(["Einkauf", "Hausverwaltung", "Key Account"])) + "\nTEL;WORK:")
    d.seg(ctx.person_form(p, "phone"))
    d.t("\nEMAIL;INTERNET:")
    d.seg(ctx.person_form(p, "wmail"))
    d.t("\nEND:VCARD")


def ical_a(ctx, d):
    org = ctx.P("p1")
    att = ctx.P("p2")
    a = ctx.A("a1")
    dt = ctx.date("iso").replace("-", "")
    d.t("BEGIN:VEVENT\nSUMMARY:" + L(ctx, "Interview – ", "Vorstellungsgespräch – "))
    d.seg(ctx.person_form(att, "full"))
    d.t("\nDTSTART:" + dt + "T%02d0000\nORGANIZER;CN=" % ctx.rng.randint(8, 17))
    d.seg(ctx.person_form(org, "full"))
    d.t(":mailto:")
    d.seg(ctx.person_form(org, "smail"))
    d.t("\nATTENDEE;CN=")
    d.seg(ctx.person_form(att, "full"))
    d.t(";RSVP=TRUE:mailto:")
    d.seg(ctx.person_form(att, "email"))
    d.t("\nLOCATION:")
    d.e("STREET_ADDRESS", a.one().replace(",", "\\,"))
    d.t("\nEND:VEVENT")


def ical_b(ctx, d):
    dt = ctx.date("iso").replace("-", "")
    n = rows(ctx, 2, 3)
    d.t("BEGIN:VEVENT\nSUMMARY:" + L(ctx, "Keyholder handover", "Schlüsselübergabe") +
        "\nDTSTART;TZID=Europe/Berlin:" + dt + "T%02d3000\n" % ctx.rng.randint(7, 18))
    for i in range(n):
        p = ctx.P("p%d" % (i + 1))
        d.t("ATTENDEE;CN=\"")
        d.seg(ctx.person_form(p, ctx.rng.choice(["full", "lf"])))
        d.t("\":mailto:")
        d.seg(ctx.person_form(p, ctx.rng.choice(["smail", "email"])))
        d.t("\n")
    d.t("DESCRIPTION:" + L(ctx, "Call ", "Bei Fragen ") )
    d.seg(ctx.person_form(ctx.P("p1"), "mobile"))
    d.t("\nEND:VEVENT")


PII["vcard_ical"] = [vcard_a, vcard_b, ical_a, ical_b]


# =======================================================================================
# md_table


def md_a(ctx, d):
    days = C.WEEKDAYS[ctx.lang][:5]
    d.t("| " + L(ctx, "Name", "Name") + " | " + " | ".join(x[:2] for x in days) + " |\n|---|" +
        "---|" * 5)
    for i in range(rows(ctx, 2, 5)):
        p = ctx.P("p%d" % (i + 1))
        d.t("\n| ")
        d.seg(ctx.person_form(p, ctx.rng.choice(["full", "first", "il"])))
        d.t(" | " + " | ".join(ctx.rng.choice(["F", "S", "–", "9–18", "12–20"]) for _ in days) +
            " |")


def md_b(ctx, d):
    d.t(L(ctx, "Photo contest winners\n\n| Place | Name | Town | Prize |\n|---|---|---|---|",
          "Gewinner Fotowettbewerb\n\n| Platz | Name | Ort | Preis |\n|---|---|---|---|"))
    for i in range(rows(ctx, 2, 4)):
        p = ctx.P("p%d" % (i + 1))
        d.t("\n| %d | " % (i + 1))
        d.seg(ctx.person_form(p, ctx.rng.choice(["full", "fi", "il"])))
        d.t(" | " + ctx.slot("town")[0] + " | " + ctx.product()[0] + " |")


def md_c(ctx, d):
    d.t("| " + L(ctx, "Role", "Rolle") + " | " + L(ctx, "Name", "Name") + " | " +
        L(ctx, "Phone", "Telefon") + " |\n|---|---|---|")
    roles = L(ctx, ["Store manager", "Deputy", "First aider", "Fire warden", "Landlord"],
              ["Filialleitung", "Stellvertretung", "Ersthelfer", "Brandschutz", "Vermieter"])
    ctx.rng.shuffle(roles)
    for i in range(rows(ctx, 2, 4)):
        p = ctx.P("p%d" % (i + 1))
        d.t("\n| " + roles[i] + " | ")
        d.seg(ctx.person_form(p, ctx.rng.choice(["full", "hon"])))
        d.t(" | ")
        d.seg(ctx.person_form(p, ctx.rng.choice(["phone", "mobile"])))
        d.t(" |")


def md_d(ctx, d):
    p = ctx.P("p1")
    a = ctx.A("a1")
    d.t("| " + L(ctx, "Field", "Feld") + " | " + L(ctx, "Value", "Wert") + " |\n|---|---|\n| " +
        L(ctx, "Customer", "Kunde") + " | ")
    d.seg(ctx.person_form(p, ctx.rng.choice(["full", "LF"])))
    d.t(" |\n| " + L(ctx, "Address", "Adresse") + " | ")
    d.e("STREET_ADDRESS", a.one())
    d.t(" |\n| " + L(ctx, "E-mail", "E-Mail") + " | ")
    d.seg(ctx.person_form(p, "email"))
    d.t(" |\n| " + L(ctx, "Order", "Bestellung") + " | " + ctx.order() + " |")


PII["md_table"] = [md_a, md_b, md_c, md_d]


# =======================================================================================
# ocr_form


def ocr_a(ctx, d):
    p = ctx.P("p1")
    a = ctx.A("a1")
    d.t(ocr(ctx, L(ctx, "RETURN FORM  TALGRAT OUTDOOR\n", "RÜCKSENDESCHEIN  TALGRAT OUTDOOR\n")))
    d.t(ocr(ctx, L(ctx, "Order no.: ", "Bestell-Nr.: ")) + ctx.order() + "\n")
    d.t(ocr(ctx, L(ctx, "Name: ", "Name: ")))
    d.seg(ctx.person_form(p, ctx.rng.choice(["full", "up"])))
    d.t("\n" + ocr(ctx, L(ctx, "Address: ", "Anschrift: ")))
    d.e("STREET_ADDRESS", a.one())
    d.t("\n" + ocr(ctx, L(ctx, "Reason: ", "Grund: ")) +
        ctx.rng.choice(L(ctx, ["too big", "faulty zip", "colour"], ["zu groß", "Zipper defekt", "Farbe"])) +
        "\n" + ocr(ctx, L(ctx, "Refund to IBAN: ", "Erstattung auf IBAN: ")))
    d.seg(ctx.slot("iban"))


def ocr_b(ctx, d):
    p = ctx.P("p1")
    d.t(ocr(ctx, L(ctx, "W A R R A N T Y   C A R D\n", "G A R A N T I E K A R T E\n")))
    d.t(ocr(ctx, L(ctx, "Product: ", "Produkt: ")) + ctx.product()[0] + "   " +
        ocr(ctx, L(ctx, "Bought on: ", "Kaufdatum: ")) + ctx.date("num") + "\n")
    d.t(ocr(ctx, L(ctx, "Owner: ", "Besitzer: ")))
    d.seg(ctx.person_form(p, ctx.rng.choice(["full", "up", "lf"])))
    d.t("\n" + ocr(ctx, L(ctx, "Tel.: ", "Tel.: ")))
    d.seg(ctx.person_form(p, "phone"))
    d.t("\n" + ocr(ctx, L(ctx, "Stamp / Signature: ", "Stempel / Unterschrift: ")) +
        ctx.rng.choice(C.STORES[ctx.lang]))


def ocr_c(ctx, d):
    p = ctx.P("p1")
    a = ctx.A("a1", country="DE")
    d.t(ocr(ctx, "Ausdruck der elektronischen Lohnsteuerbescheinigung für " +
            str(ctx.rng.choice([2024, 2025])) + "\n"))
    d.t(ocr(ctx, "Arbeitnehmer: "))
    d.seg(ctx.person_form(p, ctx.rng.choice(["lf", "full", "LF"])))
    d.t("\n")
    d.e("STREET_ADDRESS", a.two())
    d.t("\n" + ocr(ctx, "Identifikationsnummer: "))
    d.seg(ctx.slot("taxid"))
    d.t("\n" + ocr(ctx, "Personalnummer: ") + C.safe_digits(ctx.rng, 6, "0") + "\n" +
        ocr(ctx, "Bruttoarbeitslohn: ") + "%d.%03d,%02d EUR" % (ctx.rng.randint(18, 54),
                                                                  ctx.rng.randint(0, 999),
                                                                  ctx.rng.randint(0, 99)))
    if ctx.lang == "en":
        d.t("\n" + ocr(ctx, "[scanned for the UK payroll team, German store staff]"))


def ocr_d(ctx, d):
    p = ctx.P("p1")
    q = ctx.P("p2")
    d.t(ocr(ctx, L(ctx, "DELIVERY NOTE  ", "LIEFERSCHEIN  ")) + ctx.order() + "\n")
    d.t(ocr(ctx, L(ctx, "Ship to: ", "Empfänger: ")))
    d.seg(ctx.person_form(p, ctx.rng.choice(["full", "up"])))
    d.t("\n")
    d.e("STREET_ADDRESS", ctx.A("a1").two())
    d.t("\n" + ocr(ctx, L(ctx, "Received by: ", "Erhalten von: ")))
    d.seg(ctx.person_form(q, ctx.rng.choice(["full", "il", "up"])))
    d.t("   " + ocr(ctx, L(ctx, "Date: ", "Datum: ")) + ctx.date("num"))


PII["ocr_form"] = [ocr_a, ocr_b, ocr_c, ocr_d]


# =======================================================================================
# tax_free_form (new): VAT refunds for travellers from outside the EU


def _abroad(ctx):
    return ctx.rng.choice(["US", "GB", "CH", "US", "GB"])


def tf_a(ctx, d):
    p = ctx.P("p1")
    a = ctx.A("a1", country=_abroad(ctx))
    d.t(L(ctx, "TAX FREE FORM – export refund\n", "TAX FREE – Ausfuhr- und Abnehmerbescheinigung\n"))
    d.t(L(ctx, "Store: ", "Filiale: ") + ctx.rng.choice(C.STORES["de"]) + "   " +
        L(ctx, "Receipt: ", "Beleg: ") + ctx.order() + "\n")
    d.t(L(ctx, "Traveller: ", "Reisende/r: "))
    d.seg(ctx.person_form(p, ctx.rng.choice(["full", "up", "LF"])))
    d.t("\n" + L(ctx, "Home address: ", "Wohnanschrift: "))
    d.e("STREET_ADDRESS", a.one())
    d.t(", " + C.COUNTRY_NAME[ctx.lang][a.country] + "\n" + L(ctx, "E-mail: ", "E-Mail: "))
    d.seg(ctx.person_form(p, "email"))
    d.t("\n" + L(ctx, "Refund to card: ", "Erstattung auf Karte: "))
    d.seg(ctx.slot("card"))
    d.t("\n" + L(ctx, "Goods: ", "Waren: ") + ctx.product()[0] + ", " +
        C.fmt_price(ctx.lang, ctx.product()[2]))


def tf_b(ctx, d):
    p = ctx.P("p1")
    a = ctx.A("a1", country=_abroad(ctx))
    d.t("<TaxFreeForm id=\"TF" + C.safe_digits(ctx.rng, 8) + "\">\n  <Traveller>\n    <Name>")
    d.seg(ctx.person_form(p, "full"))
    d.t("</Name>\n    <Street>")
    d.e("STREET_ADDRESS", a.street_line)
    d.t("</Street>\n    <City>" + a.town + "</City>\n    <Postcode>" + a.pc +
        "</Postcode>\n    <Country>" + a.country + "</Country>\n  </Traveller>\n  <Refund method=\"")
    if ctx.rng.random() < 0.6:
        d.t("card\">")
        d.seg(ctx.slot("card"))
    else:
        d.t("bank\">")
        d.seg(ctx.slot("iban"))
    d.t("</Refund>\n</TaxFreeForm>")


def tf_c(ctx, d):
    p = ctx.P("p1")
    d.t(L(ctx, "*** TAX FREE ***\n", "*** TAX FREE ***\n") + ctx.product()[3 if ctx.lang == "en" else 4] +
        "  " + C.fmt_price(ctx.lang, ctx.product()[2]) + "\n")
    d.t(L(ctx, "Customer: ", "Kunde: "))
    d.seg(ctx.person_form(p, ctx.rng.choice(["up", "full"])))
    d.t("\n" + L(ctx, "Residence: ", "Wohnsitz: "))
    d.e("STREET_ADDRESS", ctx.A("a1", country=_abroad(ctx)).one())
    d.t("\n" + L(ctx, "Mobile: ", "Mobil: "))
    d.seg(ctx.person_form(p, "mobile"))
    d.t("\n" + L(ctx, "Customs stamp required before departure.",
                 "Vor Ausreise beim Zoll abstempeln lassen."))


def tf_d(ctx, d):
    n = rows(ctx, 2, 4)
    d.t("form_id;traveller;email;refund_card;amount_eur\n")
    for i in range(n):
        p = ctx.P("p%d" % (i + 1))
        d.t("TF" + C.safe_digits(ctx.rng, 7) + ";")
        d.seg(ctx.person_form(p, ctx.rng.choice(["full", "LF"])))
        d.t(";")
        d.seg(ctx.person_form(p, "email"))
        d.t(";")
        d.seg(ctx.slot("card"))
        d.t(";%d,%02d" % (ctx.rng.randint(8, 70), ctx.rng.randint(0, 99)) + ("\n" if i < n - 1 else ""))


PII["tax_free_form"] = [tf_a, tf_b, tf_c, tf_d]


# =======================================================================================
# keyholder_list (new): alarm keyholders for the security company


def kh_a(ctx, d):
    n = rows(ctx, 2, 4)
    d.t(L(ctx, "priority,name,mobile,home_street,codeword\n",
          "Prio;Name;Mobil;Wohnstraße;Kennwort\n"))
    sep = "," if ctx.lang == "en" else ";"
    for i in range(n):
        p = ctx.P("p%d" % (i + 1))
        a = ctx.A("a%d" % (i + 1))
        d.t(str(i + 1) + sep)
        if sep == ",":
            d.t('"')
            d.seg(ctx.person_form(p, "lf"))
            d.t('"')
        else:
            d.seg(ctx.person_form(p, ctx.rng.choice(["full", "lf"])))
        d.t(sep)
        d.seg(ctx.person_form(p, "mobile"))
        d.t(sep)
        if "," in a.street_line and sep == ",":
            d.t('"')
            d.e("STREET_ADDRESS", a.street_line)
            d.t('"')
        else:
            d.e("STREET_ADDRESS", a.street_line)
        d.t(sep + ctx.rng.choice(["Enzian", "Steinbock", "Gentian", "Ibex", "Murmel", "Kestrel"]) +
            ("\n" if i < n - 1 else ""))


def kh_b(ctx, d):
    n = rows(ctx, 2, 3)
    d.t("site: " + ctx.rng.choice(C.STORES[ctx.lang]) + "\nalarm_company: " +
        ctx.rng.choice(["Wachdienst Alpenland GmbH", "Sicherheitsdienst Roth",
                        "Harbour Security Services", "Northgate Guarding Ltd"]) + "\nkeyholders:\n")
    for i in range(n):
        p = ctx.P("p%d" % (i + 1))
        d.t("  - name: ")
        d.seg(ctx.person_form(p, "full"))
        d.t("\n    phone: \"")
        d.seg(ctx.person_form(p, ctx.rng.choice(["mobile", "phone"])))
        d.t("\"\n")
    d.t("review: " + ctx.date("iso"))


def kh_c(ctx, d):
    d.t(L(ctx, "KEYHOLDERS – ", "SCHLÜSSELTRÄGER – ") + ctx.rng.choice(C.STORES[ctx.lang]) + "\n")
    for i in range(rows(ctx, 2, 4)):
        p = ctx.P("p%d" % (i + 1))
        d.t("%d) " % (i + 1))
        d.seg(ctx.person_form(p, ctx.rng.choice(["full", "up", "hon"])))
        d.t(" – ")
        d.seg(ctx.person_form(p, "mobile"))
        if ctx.rng.random() < 0.4:
            d.t(L(ctx, ", lives ", ", wohnt ") + ctx.rng.choice(["5", "10", "15", "20"]) +
                L(ctx, " min away", " Min. entfernt"))
        d.t("\n")
    d.t(L(ctx, "Alarm panel ID: ", "Alarmanlage, Objektnummer: ") + ctx.phone_like())


def kh_d(ctx, d):
    n = rows(ctx, 2, 3)
    d.t('<site code="' + ctx.rng.choice(["KMP", "MUC", "INN", "ZRH", "KND", "EDI"]) + "-" +
        C.safe_digits(ctx.rng, 3) + '">\n')
    for i in range(n):
        p = ctx.P("p%d" % (i + 1))
        a = ctx.A("a%d" % (i + 1))
        d.t('  <keyholder rank="%d">\n    <surname>' % (i + 1))
        d.seg(ctx.person_form(p, "last"))
        d.t("</surname><given>")
        d.seg(ctx.person_form(p, "first"))
        d.t("</given>\n    <tel>")
        d.seg(ctx.person_form(p, "mobile"))
        d.t("</tel><addr>")
        d.e("STREET_ADDRESS", a.one())
        d.t("</addr>\n  </keyholder>\n")
    d.t("</site>")


PII["keyholder_list"] = [kh_a, kh_b, kh_c, kh_d]


# =======================================================================================
# pod_record (new): proof of delivery


def pod_a(ctx, d):
    n = rows(ctx, 2, 4)
    d.t("parcel\tstatus\tsigned_by\tstreet\ttime\n")
    for i in range(n):
        p = ctx.P("p%d" % (i + 1))
        d.t(ctx.parcel() + "\t" + ctx.rng.choice(["DELIVERED", "NEIGHBOUR", "DELIVERED"]) + "\t")
        d.seg(ctx.person_form(p, ctx.rng.choice(["up", "full", "last"])))
        d.t("\t")
        d.e("STREET_ADDRESS", ctx.A("a%d" % (i + 1)).street_line)
        d.t("\t" + ctx.slot("tick")[0] + ("\n" if i < n - 1 else ""))


def pod_b(ctx, d):
    p = ctx.P("p1")
    q = ctx.P("p2")
    d.t('{"pod": {"parcel": "' + ctx.parcel() + '", "delivered_at": "' + ts(ctx) +
        '",\n  "recipient": "')
    d.seg(ctx.person_form(p, "full"))
    d.t('", "received_by": "')
    d.seg(ctx.person_form(q, ctx.rng.choice(["up", "full", "last"])))
    d.t('",\n  "drop_address": "')
    d.e("STREET_ADDRESS", ctx.A("a1").one())
    d.t('", "driver_id": "' + C.safe_digits(ctx.rng, 5) + '"}}')


def pod_c(ctx, d):
    p = ctx.P("p1")
    q = ctx.P("p2")
    d.t(L(ctx, "PROOF OF DELIVERY\n", "ZUSTELLNACHWEIS\n") + L(ctx, "Parcel ", "Sendung ") +
        ctx.parcel() + "\n" + L(ctx, "For: ", "Für: "))
    d.seg(ctx.person_form(p, ctx.rng.choice(["full", "hon"])))
    d.t(", ")
    d.e("STREET_ADDRESS", ctx.A("a1").one())
    d.t("\n" + L(ctx, "Left with neighbour: ", "Abgegeben bei Nachbar: "))
    d.seg(ctx.person_form(q, ctx.rng.choice(["full", "hon", "last"])))
    d.t("\n" + L(ctx, "Signature captured ", "Unterschrift erfasst ") + ctx.date("num") + " " +
        ctx.time())


def pod_d(ctx, d):
    p = ctx.P("p1")
    d.t("<pod>\n  <shipment>" + ctx.parcel() + "</shipment>\n  <consignee>")
    d.seg(ctx.person_form(p, "full"))
    d.t("</consignee>\n  <contact>")
    d.seg(ctx.person_form(p, ctx.rng.choice(["mobile", "email"])))
    d.t("</contact>\n  <address>")
    d.e("STREET_ADDRESS", ctx.A("a1").one())
    d.t("</address>\n  <photo>door_" + C.safe_digits(ctx.rng, 4) + ".jpg</photo>\n</pod>")


PII["pod_record"] = [pod_a, pod_b, pod_c, pod_d]


# =======================================================================================
# Without personal data


def gtin_a(ctx, d):
    n = rows(ctx, 2, 5)
    d.t("id\tgtin\ttitle\tprice\tcolor\n")
    for i in range(n):
        pr = ctx.rng.choice(C.PRODUCTS)
        d.t(pr[1] + "-" + ctx.rng.choice(["S", "M", "L", "XL", "OS"]) + "\t" + C.make_gtin(ctx.rng, ctx.lang) +
            "\t" + (pr[3] if ctx.lang == "en" else pr[4]) + "\t" + pr[2] + " EUR\t" +
            ctx.rng.choice(pr[5] if ctx.lang == "en" else pr[6]) + ("\n" if i < n - 1 else ""))


def gtin_b(ctx, d):
    pr = ctx.rng.choice(C.PRODUCTS)
    d.t("<item>\n  <g:id>" + pr[1] + "</g:id>\n  <g:gtin>" + C.make_gtin(ctx.rng, ctx.lang) +
        "</g:gtin>\n  <g:title>" + (pr[3] if ctx.lang == "en" else pr[4]) +
        "</g:title>\n  <g:price>" + pr[2] + " EUR</g:price>\n  <g:color>" +
        ctx.rng.choice(pr[5] if ctx.lang == "en" else pr[6]) + "</g:color>\n</item>")


def gtin_c(ctx, d):
    n = rows(ctx, 2, 4)
    d.t("sku;ean;bestand;lager\n" if ctx.lang == "de" else "sku;ean;stock;warehouse\n")
    for i in range(n):
        pr = ctx.rng.choice(C.PRODUCTS)
        d.t(pr[1] + ";" + C.make_gtin(ctx.rng, ctx.lang) + ";" + str(ctx.rng.randint(0, 240)) + ";" +
            ctx.rng.choice(["Kempten", "Graz", "Leeds", "Basel"]) + ("\n" if i < n - 1 else ""))


def gtin_d(ctx, d):
    pr = ctx.rng.choice(C.PRODUCTS)
    d.t('{"sku": "' + pr[1] + '", "gtin13": "' + C.make_gtin(ctx.rng, ctx.lang) + '", "name": "' +
        pr[0] + '", "price": ' + pr[2] + ', "currency": "EUR", "updated": "' + ctx.date("iso") +
        '"}')


CLEAN["gtin_feed"] = [gtin_a, gtin_b, gtin_c, gtin_d]


def _ver(ctx):
    return "%d.%d.%d" % (ctx.rng.randint(1, 6), ctx.rng.randint(0, 30), ctx.rng.randint(0, 40))


def chg_a(ctx, d):
    d.t("## " + _ver(ctx) + " (" + ctx.date("iso") + ")\n- " +
        L(ctx, "Fixed size chart for the ", "Größentabelle korrigiert für ") + ctx.product()[0] +
        "\n- " + L(ctx, "Faster checkout (build ", "Schnellerer Checkout (Build ") +
        C.safe_digits(ctx.rng, 4) + ")\n- " + L(ctx, "Requires app ", "Benötigt App ") + _ver(ctx))


def chg_b(ctx, d):
    h = "".join(ctx.rng.choice("0123456789abcdef") for _ in range(7))
    d.t("v" + _ver(ctx) + " " + h + " " + L(ctx, "deploy to staging, port ", "Deploy auf Staging, Port ") +
        str(ctx.rng.choice([8080, 8443, 3000, 5432])) + "\nv" + _ver(ctx) + " " +
        "".join(ctx.rng.choice("0123456789abcdef") for _ in range(7)) + " " +
        L(ctx, "rollback after timeout", "Rollback nach Timeout"))


def chg_c(ctx, d):
    d.t(L(ctx, "Release notes ", "Versionshinweise ") + _ver(ctx) + "\n" +
        L(ctx, "• New: wish list sync\n• Fixed: crash on Android ",
          "• Neu: Merkliste synchronisiert\n• Behoben: Absturz unter Android ") +
        str(ctx.rng.randint(10, 15)) + "\n• " + L(ctx, "Minimum iOS ", "Mindestens iOS ") +
        "%d.%d" % (ctx.rng.randint(15, 18), ctx.rng.randint(0, 4)))


def chg_d(ctx, d):
    d.t("[" + ts(ctx) + "] ci: build #" + str(ctx.rng.randint(1000, 9999)) + " passed (" +
        str(ctx.rng.randint(100, 900)) + " tests)\n[" + ts(ctx) + "] ci: image shop-web:" +
        _ver(ctx) + " pushed\n[" + ts(ctx) + "] ci: " + L(ctx, "cache hit ratio ", "Cache-Trefferquote ") +
        str(ctx.rng.randint(60, 99)) + "%")


CLEAN["app_changelog"] = [chg_a, chg_b, chg_c, chg_d]


def price_a(ctx, d):
    d.t("| " + L(ctx, "Product", "Produkt") + " | SKU | " + L(ctx, "Price", "Preis") + " |\n|---|---|---|")
    for pr in ctx.rng.sample(C.PRODUCTS, rows(ctx, 3, 6)):
        d.t("\n| " + pr[0] + " | " + pr[1] + " | " + C.fmt_price(ctx.lang, pr[2]) + " |")


def price_b(ctx, d):
    d.t("<table>\n<tr><th>" + L(ctx, "Size", "Größe") + "</th><th>" +
        L(ctx, "Chest (cm)", "Brust (cm)") + "</th></tr>\n")
    for s, c in [("S", "88–94"), ("M", "94–100"), ("L", "100–106"), ("XL", "106–112")][:rows(ctx, 2, 4)]:
        d.t("<tr><td>" + s + "</td><td>" + c + "</td></tr>\n")
    d.t("</table>")


def price_c(ctx, d):
    pr = ctx.rng.choice(C.PRODUCTS)
    old = float(pr[2])
    new = "%.2f" % (round(old * 0.8, 0) - 0.05)
    d.t(pr[0] + ": " + L(ctx, "was ", "statt ") + C.fmt_price(ctx.lang, pr[2]) + L(ctx, ", now ", ", jetzt ") +
        C.fmt_price(ctx.lang, new) + L(ctx, " until ", " bis ") + ctx.date("long"))


def price_d(ctx, d):
    d.t(L(ctx, "EU size | UK | US | foot length (cm)\n", "EU-Größe | UK | US | Fußlänge (cm)\n"))
    for eu, uk, us, cm in [("40", "6.5", "7.5", "25.0"), ("41", "7.5", "8.5", "25.7"),
                           ("42", "8", "9", "26.3"), ("43", "9", "10", "27.0"),
                           ("44", "9.5", "10.5", "27.7")][:rows(ctx, 3, 5)]:
        d.t(eu + " | " + uk + " | " + us + " | " + cm + "\n")
    d.rstrip_nl()


CLEAN["price_sheet"] = [price_a, price_b, price_c, price_d]


def stock_a(ctx, d):
    d.t(L(ctx, "Stocktake ", "Inventur ") + ctx.date("num") + "\nbin\tsku\tcount\n")
    n = rows(ctx, 2, 5)
    for i in range(n):
        d.t("%s-%02d-%d\t%s\t%d" % (ctx.rng.choice("ABCDE"), ctx.rng.randint(1, 30),
                                    ctx.rng.randint(1, 5), ctx.rng.choice(C.PRODUCTS)[1],
                                    ctx.rng.randint(0, 80)) + ("\n" if i < n - 1 else ""))


def stock_b(ctx, d):
    d.t(L(ctx, "Count differences, ", "Zähldifferenzen, ") + ctx.rng.choice(C.STORES[ctx.lang]) + ":\n")
    for pr in ctx.rng.sample(C.PRODUCTS, rows(ctx, 2, 4)):
        d.t("- " + pr[1] + " (" + pr[0] + "): " + ctx.rng.choice(["+1", "-2", "-1", "+3"]) + "\n")
    d.t(L(ctx, "Recount on ", "Nachzählung am ") + ctx.date("long"))


def stock_c(ctx, d):
    d.t("EAN " + C.make_gtin(ctx.rng, ctx.lang) + " / " + ctx.rng.choice(C.PRODUCTS)[1] + " / " +
        L(ctx, "pallet ", "Palette ") + C.safe_digits(ctx.rng, 6) + " / " +
        L(ctx, "best before n/a", "MHD entfällt") + "\nEAN " + C.make_gtin(ctx.rng, ctx.lang) + " / " +
        ctx.rng.choice(C.PRODUCTS)[1])


def stock_d(ctx, d):
    d.t('{"count_id": "INV-' + C.safe_digits(ctx.rng, 5) + '", "zone": "' +
        ctx.rng.choice(["Lager 2", "Mezzanine", "Backroom", "Shopfloor"]) + '", "items": ' +
        str(ctx.rng.randint(40, 900)) + ', "deviation_pct": ' + "%.1f" % ctx.rng.uniform(0, 3) +
        ', "closed": "' + ctx.date("iso") + '"}')


CLEAN["stocktake_sheet"] = [stock_a, stock_b, stock_c, stock_d]
