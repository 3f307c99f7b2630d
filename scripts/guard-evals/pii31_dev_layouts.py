"""Machine layouts of the dev half of the thirty-first PII bank (both languages).

Every template takes a context and returns the text with labelled values.  Field names and short
phrases follow the text's language; keys of JSON, logs and protocols stay English.
"""

import pii31_dev_core as C
from pii31_dev_core import Lab


def q(x):
    return '"' + str(x) + '"'


def sq(x):
    """A value in single quotes, or in double quotes when it holds an apostrophe (as Python and mongosh print it)."""
    v = x.v if isinstance(x, Lab) else str(x)
    if "'" in v:
        return '"' + str(x) + '"'
    return "'" + str(x) + "'"


STORE_CODES = {"DE": ["KEM", "MUC", "BER", "HAM", "FRE"], "AT": ["VIE", "INN", "GRZ"], "CH": ["ZRH", "BRN", "LUZ"],
               "GB": ["LON", "MAN", "EDI", "KEN"], "US": ["BOU", "PDX", "BTV"], "IE": ["DUB", "GWY"], "FR": ["ANN"],
               "NL": ["UTR"], "IT": ["BZO"]}


def store_code(c):
    return c.pick(STORE_CODES[c.country])


def ts(c, sep="T", z="Z"):
    y, m, d = c.ymd()
    return "%d-%02d-%02d%s%02d:%02d:%02d%s" % (y, m, d, sep, c.rng.randint(6, 22), c.rng.randint(0, 59),
                                               c.rng.randint(0, 59), z)


def hexid(c, n):
    return c.hexs(n)


def pad(lab, width):
    """A labelled value padded to a column width (the marks do not count)."""
    return str(lab) + " " * max(2, width - len(lab.v))


# =============================================================================================
# lead_csv


def lead_csv_1(c):
    n = c.rng.randint(2, 6)
    head = c.t("customer_id,last_name,first_name,email,phone,city,opt_in",
               "kundennr,nachname,vorname,email,telefon,ort,einwilligung")
    yes, no = c.t("yes", "ja"), c.t("no", "nein")
    lines = [head]
    for _ in range(n):
        p = c.person()
        ph = p.phone if c.chance(0.8) else ""
        lines.append(",".join([c.digits(6), str(p.sur), str(p.given), str(p.email), str(ph), p.town,
                               c.pick([yes, yes, no])]))
    return "\n".join(lines)


def lead_csv_2(c):
    n = c.rng.randint(2, 6)
    head = c.t("Salutation;Title;First name;Last name;Street;Postcode;Town;Phone",
               "Anrede;Titel;Vorname;Nachname;Straße;PLZ;Ort;Telefon")
    lines = [head]
    for _ in range(n):
        p = c.person()
        sal = c.t(p.hon_en.rstrip("."), "Herr" if p.gender == "m" else "Frau")
        title = "Dr." if p.dr else ("Mag." if c.lang == "de" and p.country == "AT" and c.chance(0.2) else "")
        lines.append(";".join([sal, title, str(p.given), str(p.sur), str(p.street), p.plz, p.town,
                               str(p.phone) if c.chance(0.7) else ""]))
    return "\n".join(lines)


CLUBS = {"en": ["Leeds Hillwalkers", "Dublin Mountaineering Club", "Boulder Trail Runners", "Peak Ramblers",
                "Cairngorm Club", "Wicklow Walkers", "Front Range Hikers"],
         "de": ["DAV Sektion Allgäu-Kempten", "Alpenverein Innsbruck", "SAC Sektion Uto", "Lauftreff Isar",
                "Wanderfreunde Schwarzwald", "Naturfreunde Graz", "Bergsteigergruppe Rosenheim"]}


def lead_csv_3(c):
    n = c.rng.randint(2, 6)
    head = c.t('"Name","Club","Email","Source","Created"', '"Name","Verein","E-Mail","Quelle","Angelegt"')
    lines = [head]
    for _ in range(n):
        p = c.person()
        name = c.pick([p.lf, p.lf, p.LF, p.full, p.ini, p.gi])
        src = c.pick([c.t("trade fair", "Messe"), "webshop", c.t("store", "Filiale"), c.t("club offer", "Vereinsangebot")])
        lines.append(",".join([q(name), q(c.pick(CLUBS[c.lang])), q(p.email), q(src), q(c.iso())]))
    return "\n".join(lines)


def lead_csv_4(c):
    n = c.rng.randint(2, 7)
    lines = ["email\tfirst_name\tsignup_ip\tsigned_up_at\tsource"]
    for _ in range(n):
        p = c.person()
        lines.append("\t".join([str(p.email), str(c.pick([p.given, p.given, p.lowg])), str(p.ip), ts(c, " ", ""),
                                c.pick(["footer", "checkout", "popup", "giveaway"])]))
    return "\n".join(lines)


def lead_csv_5(c):
    n = c.rng.randint(2, 6)
    lines = [c.t("badge|name|company|email|mobile|scanned", "badge|name|firma|email|mobil|gescannt")]
    for _ in range(n):
        p = c.person()
        name = c.pick([p.LF, p.caps, p.full, p.lf])
        comp = c.pick(CLUBS[c.lang] + [c.t("Summit Sports Retail", "Gipfelsport Handels GmbH"),
                                       c.t("Harbour Outdoor Ltd", "Bergzeit Outlet KG")])
        mob = str(p.mobile) if c.chance(0.7) else ""
        lines.append("|".join([c.digits(5), str(name), comp, str(p.email), mob, c.time()]))
    return "\n".join(lines)


# =============================================================================================
# server_log

UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
      "okhttp/4.12.0", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)", "TalgratApp/5.8.2 (Android 14)"]


def _clf(c):
    y, m, d = c.ymd()
    mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
    return "%02d/%s/%d:%02d:%02d:%02d +0%d00" % (d, mon, y, c.rng.randint(0, 23), c.rng.randint(0, 59),
                                                c.rng.randint(0, 59), c.pick([0, 1, 2]))


def server_log_1(c):
    lines = []
    n = c.rng.randint(3, 7)
    people = [c.person() for _ in range(c.rng.randint(1, 2))]
    for i in range(n):
        ip = c.ip()
        r = c.rng.random()
        if r < 0.45:
            p = c.pick(people)
            path = c.pick(["/api/v2/customers/lookup?email=%s" % p.email, "/newsletter/confirm?email=%s&t=%s" % (p.email, hexid(c, 8)),
                           "/account/reset?login=%s" % p.email])
        else:
            path = c.pick(["/static/css/app.%s.css" % hexid(c, 6), "/de/rucksaecke/", "/en/rain-jackets/", "/cart",
                           "/api/v2/stock?sku=TG-BP-045", "/favicon.ico"])
        lines.append('%s - - [%s] "GET %s HTTP/1.1" %s %d "-" "%s"' % (
            Lab("N", ip), _clf(c), path, c.pick(["200", "200", "304", "404"]), c.rng.randint(120, 48000), c.pick(UA)))
    return "\n".join(lines)


def server_log_2(c):
    lines = []
    for _ in range(c.rng.randint(2, 5)):
        p = c.person()
        what = c.rng.random()
        base = "ts=%s level=%s svc=crm " % (ts(c), c.pick(["info", "info", "warn"]))
        if what < 0.35:
            lines.append(base + 'msg="address changed" customer_id=%s name=%s street=%s plz="%s" ip=%s' % (
                c.digits(6), q(p.lf), q(p.street), p.plz, p.ip))
        elif what < 0.65:
            lines.append(base + 'msg="otp sent" customer_id=%s phone=%s channel=sms' % (c.digits(6), p.e164))
        else:
            lines.append(base + 'msg="login failed" user=%s reason=bad_password src=%s attempts=%d' % (
                p.email, p.ip, c.rng.randint(2, 6)))
    return "\n".join(lines)


def server_log_3(c):
    lines = []
    mon = c.pick("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())
    day = c.rng.randint(1, 28)
    mx = {"gmx.de": "mx00.emig.gmx.net", "web.de": "mx-ha03.web.de", "gmail.com": "gmail-smtp-in.l.google.com",
          "bluewin.ch": "mxbw.bluewin.ch", "outlook.com": "outlook-com.olc.protection.outlook.com"}
    for _ in range(c.rng.randint(2, 4)):
        p = c.person()
        qid = hexid(c, 10).upper()
        t = "%s %2d %02d:%02d:%02d" % (mon, day, c.rng.randint(6, 22), c.rng.randint(0, 59), c.rng.randint(0, 59))
        lines.append("%s mx1 postfix/qmgr[%d]: %s: from=<%s>, size=%d, nrcpt=1 (queue active)" % (
            t, c.rng.randint(800, 3000), qid, c.role(c.pick(["service", "noreply", "orders"])), c.rng.randint(2000, 90000)))
        dom = p.email.v.split("@")[1]
        host = mx.get(dom, "mx%d.%s" % (c.rng.randint(0, 2), dom))
        lines.append("%s mx1 postfix/smtp[%d]: %s: to=<%s>, relay=%s[%s]:25, delay=%.1f, dsn=2.0.0, status=%s" % (
            t, c.rng.randint(3000, 30000), qid, p.email, host, Lab("N", c.ipv4("public")), c.rng.random() * 3,
            c.pick(["sent (250 OK)", "sent (250 2.0.0 Ok: queued)", "deferred (451 try again later)"])))
    return "\n".join(lines)


def server_log_4(c):
    lines = []
    store = store_code(c)
    for _ in range(c.rng.randint(2, 5)):
        s = c.staff()
        t = ts(c, " ", "")
        r = c.rng.random()
        if r < 0.5:
            lines.append("%s INFO  auth: login ok user=%s src=%s store=%s mfa=sms:%s" % (t, s.work, Lab("N", c.ipv4("private")), store, s.e164))
        elif r < 0.8:
            lines.append("%s WARN  auth: mfa timeout user=%s src=%s device=POS-%s" % (t, s.work, s.ip, c.digits(2)))
        else:
            lines.append("%s INFO  pos: till opened by %s (%s) float=%s" % (t, s.full, s.work, c.money(100, 300)))
    return "\n".join(lines)


def server_log_5(c):
    p = c.person()
    lines = []
    t = ts(c, " ", "")
    lines.append("%s WARN  [checkout-%d] c.t.shop.PaymentService - card declined for customer '%s' <%s> from %s" % (
        t, c.rng.randint(1, 16), p.full, p.email, p.ip))
    if c.chance(0.6):
        lines.append("%s INFO  [checkout-%d] c.t.shop.PaymentService - retry with 3DS, order %s, amount %s" % (
            t, c.rng.randint(1, 16), c.order_no(), c.money(30, 400)))
    if c.chance(0.5):
        lines.append("%s DEBUG [checkout-%d] c.t.shop.AddressService - normalised billing street %s -> %s" % (
            t, c.rng.randint(1, 16), Lab("A", p.street.v.lower()), p.street))
    lines.append("%s INFO  [mailer-2] c.t.shop.Mailer - payment reminder queued to %s" % (t, p.email))
    return "\n".join(lines)


# =============================================================================================
# payment_qr_payload


def _amount(c):
    return "%d.%02d" % (c.rng.randint(8, 480), c.pick([0, 50, 90, 95, 0]))


def payment_qr_1(c):
    p = c.person()
    cc = p.country if p.country in ("DE", "AT", "IE", "FR", "NL", "IT") else "DE"
    ib = Lab("I", c.iban(cc, compact=True))
    bic = c.pick(["GENODEF1S04", "BYLADEM1001", "RZTIAT22", "BKAUATWW", "AIBKIE2D", "INGBNL2A", "BNPAFRPP"])
    ref = c.order_no()
    head = c.t(c.pick(["Decoded QR (EPC069-12), refund:", "EPC QR payload for the refund", "scan result:"]),
               c.pick(["GiroCode (EPC069-12) decodiert – Erstattung:", "Inhalt GiroCode:", "Scan-Ergebnis:"]))
    rem = c.t("Refund " + ref, "Erstattung " + ref)
    return "\n".join([head, "BCD", "002", "1", "SCT", bic, str(c.pick([p.full, p.caps])), str(ib),
                      "EUR" + _amount(c), "", "", rem])


def payment_qr_2(c):
    c.fix("CH")
    cred = c.person(country="CH")
    ib = Lab("I", c.iban("CH", compact=True))
    a = cred.address
    lines = [c.t("Swiss QR-bill, first fields of the payload (guide invoice):",
                 "QR-Rechnung, erste Felder des Inhalts (Rechnung Bergführer):"), "SPC", "0200", "1",
             str(ib), "K", str(cred.full), str(Lab("A", a.street_line + "\n" + a.postcode + " " + a.town)),
             "", "", "CH", "", "", _amount(c)]
    return "\n".join(lines)


def payment_qr_3(c):
    p = c.person()
    s = c.staff()
    cc = "GB" if p.country == "US" else p.country
    amt = _amount(c)
    cur = "CHF" if cc == "CH" else ("GBP" if cc == "GB" else "EUR")
    ib = Lab("I", c.iban(cc))
    return "\n".join([
        "{",
        '  "type": "%s",' % c.pick(["refund", "goodwill", "deposit_return"]),
        '  "beneficiary": {',
        '    "name": %s,' % q(p.full),
        '    "iban": %s' % q(ib),
        "  },",
        '  "amount": %s,' % amt,
        '  "currency": "%s",' % cur,
        '  "reference": "%s",' % c.order_no(),
        '  "requested_by": %s,' % q(s.work),
        '  "qr": "EPC069-12"',
        "}"])


def payment_qr_4(c):
    g = c.person(country=c.pick(["DE", "AT", "DE"]))
    ib = Lab("I", c.iban(g.country, compact=True))
    inv = "%d-%s" % (c.rng.choice([2024, 2025]), c.digits(3))
    lines = [c.t("QR code on invoice %s (mountain guide), decoded:" % inv, "QR-Code auf Rechnung %s (Bergführung), decodiert:" % inv),
             "BCD", "001", "1", "SCT", "", str(c.pick([g.full, g.caps])), str(ib), "EUR" + _amount(c), "GDDS", "",
             c.t("Invoice ", "Rechnung ") + inv]
    if c.chance(0.6):
        lines.append(c.t("scanned in the banking app by ", "gescannt in der Banking-App von ") + str(c.staff().work))
    return "\n".join(lines)


# =============================================================================================
# wxr_comment_export


def _cd(x):
    return "<![CDATA[" + str(x) + "]]>"


def wxr_1(c):
    p = c.person()
    title = c.t(c.pick(["Ten days on the Kungsleden", "Repairing a rain jacket at home", "Our autumn hut tour"]),
                c.pick(["Zehn Tage auf dem Kungsleden", "Regenjacke selbst reparieren", "Unsere Hüttentour im Herbst"]))
    body = c.t(c.pick(["Great report, thanks!", "Which socks did you wear on day three?", "We did the same route in 2023."]),
               c.pick(["Toller Bericht, danke!", "Welche Socken hattet ihr am dritten Tag?", "Wir sind die Route 2023 gegangen."]))
    return "\n".join([
        "<item>",
        "  <title>%s</title>" % _cd(title),
        "  <wp:post_id>%s</wp:post_id>" % c.digits(4),
        "  <wp:comment>",
        "    <wp:comment_id>%s</wp:comment_id>" % c.digits(3),
        "    <wp:comment_author>%s</wp:comment_author>" % _cd(c.pick([p.full, p.given, p.gi])),
        "    <wp:comment_author_email>%s</wp:comment_author_email>" % _cd(p.email),
        "    <wp:comment_author_IP>%s</wp:comment_author_IP>" % _cd(p.ip),
        "    <wp:comment_date>%s</wp:comment_date>" % _cd(ts(c, " ", "")),
        "    <wp:comment_content>%s</wp:comment_content>" % _cd(body),
        "    <wp:comment_approved>%s</wp:comment_approved>" % _cd(c.pick(["1", "0", "spam"])),
        "  </wp:comment>",
        "</item>"])


def wxr_2(c):
    lines = []
    n = c.rng.randint(1, 2)
    for i in range(n):
        s = c.staff()
        lines += ["<wp:author>"]
        if n == 1:
            lines.append("  <wp:author_id>%d</wp:author_id>" % c.rng.randint(2, 40))
        lines += ["  <wp:author_login>%s</wp:author_login>" % _cd(c.pick(["redaktion", "blog", "editor", "shopteam"]) + str(c.rng.randint(1, 9))),
                  "  <wp:author_email>%s</wp:author_email>" % _cd(s.work),
                  "  <wp:author_display_name>%s</wp:author_display_name>" % _cd(s.full),
                  "  <wp:author_first_name>%s</wp:author_first_name>" % _cd(s.given),
                  "  <wp:author_last_name>%s</wp:author_last_name>" % _cd(s.sur),
                  "</wp:author>"]
    if n == 1:
        lines = ["<channel>", "  <title>Talgrat Journal</title>", "  <wp:wxr_version>1.2</wp:wxr_version>"] + lines + ["</channel>"]
    return "\n".join(lines)


def wxr_3(c):
    p = c.person()
    content = c.t(
        c.pick(["Still waiting for my refund, call me on %s or write to %s." % (p.phone, p.email),
                "Please send the replacement strap to %s, thanks, %s" % (p.addr1, p.given),
                "My new address is %s, can you update my order?" % p.addr1]),
        c.pick(["Warte immer noch auf die Erstattung, ruft mich an: %s oder schreibt an %s." % (p.phone, p.email),
                "Bitte den Ersatzgurt an %s schicken, danke, %s" % (p.addr1, p.given),
                "Meine neue Adresse ist %s, könnt ihr die Bestellung ändern?" % p.addr1]))
    return "\n".join([
        "<wp:comment>",
        "  <wp:comment_id>%s</wp:comment_id>" % c.digits(3),
        "  <wp:comment_author>%s</wp:comment_author>" % _cd(c.pick([p.full, p.low, p.given])),
        "  <wp:comment_author_email>%s</wp:comment_author_email>" % _cd(p.email),
        "  <wp:comment_author_IP>%s</wp:comment_author_IP>" % _cd(p.ip),
        "  <wp:comment_content>%s</wp:comment_content>" % _cd(content),
        "  <wp:comment_approved>0</wp:comment_approved>",
        "  <!-- %s -->" % c.t("held for moderation: personal data in comment", "zurückgehalten: persönliche Daten im Kommentar"),
        "</wp:comment>"])


def wxr_4(c):
    p = c.person()
    s = c.staff()
    reply = c.t(c.pick(["Hi %s, thanks for asking! We used the Trittweg socks." % p.given,
                        "Thanks %s, glad you liked it. %s from the Talgrat team" % (p.given, s.given)]),
                c.pick(["Hallo %s, danke für die Frage! Wir hatten die Trittweg-Socken an." % p.given,
                        "Danke %s, freut uns. %s vom Talgrat-Team" % (p.given, s.given)]))
    return "\n".join([
        "<wp:comment>",
        "  <wp:comment_id>%s</wp:comment_id>" % c.digits(3),
        "  <wp:comment_author>%s</wp:comment_author>" % _cd(s.full),
        "  <wp:comment_author_email>%s</wp:comment_author_email>" % _cd(s.work),
        "  <wp:comment_author_IP>%s</wp:comment_author_IP>" % _cd(Lab("N", c.ipv4("private"))),
        "  <wp:comment_content>%s</wp:comment_content>" % _cd(reply),
        "  <wp:comment_parent>%s</wp:comment_parent>" % c.digits(3),
        "  <wp:comment_user_id>%d</wp:comment_user_id>" % c.rng.randint(2, 30),
        "</wp:comment>"])


# =============================================================================================
# jwt_claims


def _sub(c):
    return c.pick(["auth0|", "cust_", "", "f:%s:" % hexid(c, 8)]) + hexid(c, 16)


def jwt_1(c):
    p = c.person()
    loc = p.address
    lines = ["{",
             '  "iss": "https://login.talgrat.%s/",' % c.t("com", "de"),
             '  "sub": "%s",' % _sub(c),
             '  "aud": "webshop",',
             '  "email": %s,' % q(p.email),
             '  "email_verified": %s,' % c.pick(["true", "false"]),
             '  "name": %s,' % q(p.full),
             '  "given_name": %s,' % q(p.given),
             '  "family_name": %s,' % q(p.sur)]
    if c.chance(0.6):
        lines.append('  "phone_number": %s,' % q(p.e164))
    if c.chance(0.5):
        lines += ['  "address": {"street_address": %s, "postal_code": "%s", "locality": "%s"},' % (q(p.street), loc.postcode, loc.town)]
    lines.append('  "exp": %d' % c.rng.randint(1730000000, 1760000000))
    lines.append("}")
    return "\n".join(lines)


def jwt_2(c):
    p = c.person()
    kid = hexid(c, 12)
    claims = '{"sub":"%s","email":%s,"name":%s,"ip":%s,"loyalty_tier":"%s","iat":%d}' % (
        _sub(c), q(p.email), q(c.pick([p.full, p.full, p.low])), q(p.ip), c.pick(["basis", "gipfel", "summit"]),
        c.rng.randint(1730000000, 1760000000))
    return "\n".join(["$ jwt decode $ID_TOKEN", "", "Token header", "------------",
                      '{"alg":"RS256","typ":"JWT","kid":"%s"}' % kid, "", "Token claims", "------------", claims])


def jwt_3(c):
    lines = []
    for _ in range(c.rng.randint(1, 3)):
        p = c.person()
        lines.append('%s DEBUG oidc: verified id_token claims={"sub":"%s","email":%s,"given_name":%s,"family_name":%s,"ip":%s}' % (
            ts(c), _sub(c), q(p.email), q(p.given), q(p.sur), q(p.ip)))
    return "\n".join(lines)


def jwt_4(c):
    s = c.staff()
    store = store_code(c)
    return "\n".join(["{",
                      '  "aud": "api://pos-backoffice",',
                      '  "iss": "https://sts.windows.net/%s-%s/",' % (hexid(c, 8), hexid(c, 4)),
                      '  "upn": %s,' % q(s.work),
                      '  "preferred_username": %s,' % q(s.work),
                      '  "given_name": %s,' % q(s.given),
                      '  "family_name": %s,' % q(s.sur),
                      '  "ipaddr": %s,' % q(Lab("N", c.ipv4("public"))),
                      '  "roles": ["StoreManager", "Refunds.Approve"],',
                      '  "store": "%s"' % store,
                      "}"])


# =============================================================================================
# mongo_shell_output


def _oid(c):
    return 'ObjectId("%s")' % hexid(c, 24)


def mongo_1(c):
    p = c.person()
    lines = ['talgrat> db.customers.findOne({ email: %s })' % q(p.email),
             "{",
             "  _id: %s," % _oid(c),
             "  customerNo: %s," % c.digits(6),
             "  firstName: %s," % sq(p.given),
             "  lastName: %s," % sq(p.sur),
             "  email: %s," % sq(p.email)]
    if c.chance(0.7):
        lines.append("  phone: %s," % sq(p.phone))
    lines += ["  address: { street: %s, zip: '%s', city: '%s', country: '%s' }," % (sq(p.street), p.plz, p.town, p.country)]
    if c.chance(0.3):
        lines.append("  lastPayment: { method: 'card', pan: '%s' }," % Lab("C", c.card().replace(" ", "").replace("-", "")))
    lines += [
              "  createdAt: ISODate('%s')" % ts(c, "T", ".000Z"), "}"]
    return "\n".join(lines)


def mongo_2(c):
    lines = ["talgrat> db.returns.aggregate([{ $group: { _id: { name: '$customer.name' }, returns: { $sum: 1 } } }, { $match: { returns: { $gte: 5 } } }])"]
    lines.append("[")
    n = c.rng.randint(2, 5)
    for i in range(n):
        p = c.person()
        lines.append("  { _id: { name: %s }, returns: %d }%s" % (sq(c.pick([p.full, p.full, p.caps])), c.rng.randint(5, 19), "," if i < n - 1 else ""))
    lines.append("]")
    return "\n".join(lines)


def mongo_3(c):
    p = c.person()
    oid = _oid(c)
    return "\n".join([
        "talgrat> db.customers.updateOne(",
        "  { _id: %s }," % oid,
        "  { $set: { 'address.street': %s, 'address.zip': '%s', 'address.city': '%s', mobile: %s } }" % (
            sq(p.street), p.plz, p.town, sq(p.mobile)),
        ")",
        "{", "  acknowledged: true,", "  matchedCount: 1,", "  modifiedCount: 1,", "  upsertedId: null", "}",
        "talgrat> // %s" % c.t("ticket %s, customer %s moved" % (c.ticket(), p.full), "Ticket %s, %s umgezogen" % (c.ticket(), p.full))])


def mongo_4(c):
    store = store_code(c)
    lines = ["talgrat> db.staff.find({ store: '%s', active: true }, { name: 1, mobile: 1, email: 1 })" % store]
    for _ in range(c.rng.randint(2, 5)):
        s = c.staff()
        lines.append("{ _id: %s, name: %s, mobile: %s, email: %s }" % (_oid(c), sq(s.full), sq(s.mobile), sq(s.work)))
    return "\n".join(lines)


# =============================================================================================
# notebook_output


def _jl(s):
    """A JSON string of one notebook source or output line (the line break written as \\n)."""
    return '"' + s + '\\n"'


def nb_1(c):
    rows = []
    n = c.rng.randint(2, 4)
    for i in range(n):
        p = c.person()
        rows.append("%d       %s  %s%s%d" % (i, c.digits(6), pad(p.full, 24), pad(p.email, 30), c.rng.randint(5, 14)))
    cols = "   customer_id  name                    email                         returns"
    lines = ['{', ' "cell_type": "code",', ' "execution_count": %d,' % c.rng.randint(3, 40),
             ' "source": ["df[df.returns > 4].head(%d)"],' % n,
             ' "outputs": [{"output_type": "execute_result", "data": {"text/plain": [',
             "   " + _jl(cols) + ","]
    for i, r in enumerate(rows):
        lines.append("   " + _jl(r) + ("," if i < n - 1 else ""))
    lines.append("  ]}}]")
    lines.append("}")
    return "\n".join(lines)


def nb_2(c):
    p = c.person()
    if c.chance(0.3):
        rec = "{'id': %s, 'name': %s, 'email': %s, 'card': %s, 'ip': %s}" % (
            c.digits(6), sq(p.full), sq(p.email), sq(p.card), sq(p.ip))
    else:
        rec = "{'id': %s, 'name': %s, 'email': %s, 'phone': %s, 'street': %s, 'ip': %s}" % (
            c.digits(6), sq(p.full), sq(p.email), sq(p.phone), sq(p.street), sq(p.ip))
    return "\n".join(['{', ' "cell_type": "code",', ' "execution_count": %d,' % c.rng.randint(3, 40),
                      ' "source": ["rec = crm.get(%s)\\n", "print(rec)"],' % c.digits(6),
                      ' "outputs": [{"output_type": "stream", "name": "stdout", "text": [',
                      "   " + _jl(rec), "  ]}]", "}"])


def nb_3(c):
    p = c.person()
    s = c.staff()
    text = c.t([
        "## Notes %s" % c.date(),
        "- %s (%s) returned 9 items in 6 weeks, all worn" % (p.full, p.email),
        "- %s will call %s on %s" % (s.given, c.pick([p.hs, p.given]), p.phone),
        "- check with payments before blocking the account"],
        ["## Notizen %s" % c.date(),
         "- %s (%s) hat in 6 Wochen 9 Teile zurückgeschickt, alle getragen" % (p.full, p.email),
         "- %s ruft %s unter %s an" % (s.given, c.pick([p.hsn_de, p.given]), p.phone),
         "- vor einer Sperre mit Payments abstimmen"])
    lines = ['{', ' "cell_type": "markdown",', ' "metadata": {},', ' "source": [']
    for i, t in enumerate(text):
        lines.append("  " + (_jl(t) if i < len(text) - 1 else '"' + t + '"') + ("," if i < len(text) - 1 else ""))
    lines += [" ]", "}"]
    return "\n".join(lines)


def nb_4(c):
    p = c.person()
    no = c.digits(6)
    return "\n".join(['{', ' "output_type": "error",', ' "ename": "ValidationError",',
                      ' "evalue": "postcode does not match town for customer %s (%s): %s",' % (no, p.full, p.street),
                      ' "traceback": [',
                      '  "Cell In[%d], line 4\\n",' % c.rng.randint(3, 40),
                      '  "      validate(addr)\\n",',
                      '  "ValidationError: postcode does not match town for customer %s (%s): %s"' % (no, p.email, p.street),
                      " ]", "}"])


# =============================================================================================
# xlsx_shared_strings


def xlsx_1(c):
    n = c.rng.randint(1, 2)
    heads = c.t(["Surname", "First name", "Mobile", "Email", "Store"], ["Nachname", "Vorname", "Mobil", "E-Mail", "Filiale"])
    items = list(heads) if n == 1 else list(heads[:4])
    for _ in range(n):
        s = c.staff()
        items += [s.sur, s.given, s.mobile, s.work] + ([c.store()] if n == 1 else [])
    lines = ['<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(items) + 3, len(items))]
    for it in items:
        lines.append("<si><t>%s</t></si>" % it)
    lines.append("</sst>")
    return "\n".join(lines)


def xlsx_2(c):
    p = c.person()
    s = c.staff()
    label = c.t("Contact:", "Kontakt:")
    note = c.t("Complaint about zip, wants refund to", "Reklamation Reißverschluss, Erstattung auf")
    lines = ["<sst count=\"6\" uniqueCount=\"4\">",
             "<si><r><rPr><b/></rPr><t>%s</t></r><r><t xml:space=\"preserve\"> %s</t></r></si>" % (label, p.full),
             "<si><t>%s</t></si>" % p.email,
             "<si><r><t xml:space=\"preserve\">%s </t></r><r><rPr><i/></rPr><t>%s</t></r></si>" % (note, p.iban),
             "<si><t>%s %s</t></si>" % (c.t("handled by", "bearbeitet von"), s.full),
             "</sst>"]
    return "\n".join(lines)


def xlsx_3(c):
    lines = ['<sheetData>']
    r = 1
    lines.append('<row r="1"><c r="A1" t="inlineStr"><is><t>%s</t></is></c><c r="B1" t="inlineStr"><is><t>%s</t></is></c><c r="C1" t="inlineStr"><is><t>%s</t></is></c></row>' % (
        c.t("Name", "Name"), c.t("Street", "Straße"), c.t("Phone", "Telefon")))
    for _ in range(c.rng.randint(2, 5)):
        r += 1
        p = c.person()
        lines.append('<row r="%d"><c r="A%d" t="inlineStr"><is><t>%s</t></is></c><c r="B%d" t="inlineStr"><is><t>%s</t></is></c><c r="C%d" t="inlineStr"><is><t>%s</t></is></c></row>' % (
            r, r, c.pick([p.full, p.lf]), r, p.street, r, p.phone))
    lines.append("</sheetData>")
    return "\n".join(lines)


def xlsx_4(c):
    a = c.staff()
    p = c.person()
    txt = c.t("%s called, new mobile %s, prefers e-mail %s" % (c.pick([p.hs, p.full]), p.mobile, p.email),
              "%s hat angerufen, neue Handynummer %s, lieber per Mail an %s" % (c.pick([p.hs_de, p.full]), p.mobile, p.email))
    return "\n".join(['<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
                      "<authors><author>%s</author></authors>" % a.full,
                      "<commentList>",
                      '<comment ref="D%d" authorId="0"><text>' % c.rng.randint(2, 90),
                      "<r><rPr><b/></rPr><t>%s:</t></r>" % a.full,
                      '<r><t xml:space="preserve">%s</t></r>' % txt,
                      "</text></comment>", "</commentList>", "</comments>"])


def xlsx_5(c):
    c.fix("DE")
    s = c.staff(country="DE")
    heads = c.t(["Onboarding checklist", "Name", "Tax ID", "Bank account (IBAN)", "Start date", "Store"],
                ["Onboarding-Checkliste", "Name", "Steuer-ID", "Bankverbindung (IBAN)", "Eintritt", "Filiale"])
    items = list(heads) + [s.full, s.taxid, s.iban, c.date(style="num") if c.lang == "de" else c.iso(),
                           "Talgrat " + c.pick(["München", "Kempten", "Berlin", "Hamburg"])]
    if c.chance(0.5):
        items += [c.t("Emergency contact", "Notfallkontakt"), c.person(country="DE").full]
    lines = ['<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(items), len(items))]
    for it in items:
        lines.append("<si><t>%s</t></si>" % it)
    lines.append("</sst>")
    return "\n".join(lines)


# =============================================================================================
# fixed_width_export


def fw_1(c):
    head = c.t("CUSTNO  SURNAME                 SAL  FIRST NAME      STREET                          POSTCODE  TOWN",
               "KDNR    NACHNAME                ANR  VORNAME         STRASSE                         PLZ       ORT")
    lines = [head]
    for _ in range(c.rng.randint(2, 6)):
        p = c.person()
        sal = c.t("MR" if p.gender == "m" else "MS", "HR" if p.gender == "m" else "FR")
        sur = c.pick([p.capsur, p.sur])
        lines.append("%s  %s%s  %s%s  %s%s  %s%s%s  %s" % (
            c.digits(6), sur, " " * max(1, 22 - len(sur.v)), sal, " " * (3 - len(sal)), p.given,
            " " * max(1, 14 - len(p.given_name)), p.street, " " * max(1, 30 - len(p.address.street_line)),
            p.plz.ljust(8), p.town.upper()))
    return "\n".join(lines)


def fw_2(c):
    head = c.t("IBAN                              NAME                          AMOUNT      REFERENCE",
               "IBAN                              NAME                          BETRAG      VERWENDUNG")
    lines = [head]
    for _ in range(c.rng.randint(2, 5)):
        p = c.person(country=c.pick(["DE", "AT", "DE", None]))
        cc = "GB" if p.country == "US" else p.country
        ib = c.iban(cc, compact=True)
        nm = c.pick([p.surcaps_first, p.caps, p.LF])
        amt = c.t("%d.%02d", "%d,%02d") % (c.rng.randint(10, 2800), c.rng.randint(0, 99))
        lines.append("%s%s%s%s%s  %s" % (Lab("I", ib), " " * (34 - len(ib)), nm, " " * max(2, 30 - len(nm.v)),
                                          amt.rjust(10), c.t("REFUND ", "ERSTATTUNG ") + c.order_no()))
    return "\n".join(lines)


def fw_3(c):
    head = c.t("SEQ ROUTE  RECIPIENT                 STREET                          TOWN                 TEL",
               "SEQ TOUR   EMPFAENGER                STRASSE                         ORT                  TEL")
    lines = [head]
    route = "R" + c.digits(3)
    for i in range(c.rng.randint(2, 6)):
        p = c.person()
        nm = c.pick([p.caps, p.full, p.LF, p.ini])
        town = p.townline
        lines.append("%03d %s   %s%s%s%s%s%s%s" % (i + 1, route, nm, " " * max(2, 26 - len(nm.v)), p.street,
                                                 " " * max(2, 32 - len(p.address.street_line)), town,
                                                 " " * max(2, 21 - len(town)), p.phone if c.chance(0.8) else "-"))
    return "\n".join(lines)


def fw_4(c):
    head = c.t("MEMBER NO  SINCE       NAME                            PHONE",
               "MITGL-NR   SEIT        NAME                            TELEFON")
    lines = [head]
    for _ in range(c.rng.randint(2, 6)):
        p = c.person()
        nm = c.pick([p.LF, p.lf, p.surcaps_first])
        lines.append("%s  %s  %s%s%s" % (c.digits(8).ljust(9), c.date(style="num") if c.lang == "de" else c.iso(),
                                          nm, " " * max(2, 32 - len(nm.v)), p.phone))
    lines.append(c.t("*** END OF LIST, %d RECORDS ***" % (len(lines) - 1), "*** ENDE DER LISTE, %d SAETZE ***" % (len(lines) - 1)))
    return "\n".join(lines)


def fw_5(c):
    c.fix("DE")
    head = c.t("STAFFNO  NAME                          TAX ID         IBAN                          STORE",
               "PERSNR   NAME                          STEUER-ID      IBAN                          FILIALE")
    lines = [c.t("PAYROLL MASTER EXPORT (MUNICH AND KEMPTEN STORES)", "LOHNSTAMMDATEN EXPORT (FILIALEN MUENCHEN UND KEMPTEN)"), head]
    for _ in range(c.rng.randint(2, 5)):
        s = c.staff(country="DE")
        nm = c.pick([s.surcaps_first, s.LF, s.caps])
        tx = s.taxid
        ib = s.iban_c if c.chance(0.6) else s.iban
        lines.append("%s  %s%s%s%s" % (c.digits(6).ljust(7), pad(nm, 30), pad(tx, 15), pad(ib, 30),
                                       c.pick(["MUC", "KEM"])))
    return "\n".join(lines)


# =============================================================================================
# rtf_document

CP1252 = {"ä": "\\'e4", "ö": "\\'f6", "ü": "\\'fc", "Ä": "\\'c4", "Ö": "\\'d6", "Ü": "\\'dc", "ß": "\\'df",
          "é": "\\'e9", "€": "\\'80", "–": "\\'96", "„": "\\'84", "“": "\\'93", "’": "\\'92"}


def rtf_esc(s):
    return "".join(CP1252.get(ch, ch) for ch in s)


def _ascii_addr(p):
    a = p.address
    def asc(x):
        x = x.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
        x = x.replace("Ü", "Ue").replace("ß", "ss")
        return C.NM.plain(x)
    return Lab("A", asc(a.street_line)), asc(a.townline)


RTF_HEAD = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\\f0\\fs22"


def rtf_1(c):
    p = c.person(ascii_only=True)
    s = c.staff(ascii_only=True)
    st, tl = _ascii_addr(p)
    sal = c.t("Dear %s," % p.hs, "%s," % p.sg)
    body = c.t(c.pick(["we have received your jacket for repair.", "thank you for your letter about the delivery."]),
               c.pick(["wir haben Ihre Jacke zur Reparatur erhalten.", "vielen Dank für Ihr Schreiben zur Lieferung."]))
    rec = c.pick([str(p.full), str(p.full), p.hf]) if c.lang == "en" else c.pick([str(p.full), str(p.full), p.hf_de])
    lines = [RTF_HEAD, "%s\\par" % rec, "%s\\par" % st, "%s\\par" % tl, "\\par", "%s\\par" % sal, "%s\\par" % body,
             "\\par", c.t("Kind regards\\par", "Mit freundlichen Grüßen\\par"), "%s\\par" % s.full, "}"]
    return rtf_esc("\n".join(lines))


def rtf_2(c):
    lines = [RTF_HEAD, "\\trowd\\cellx2800\\cellx6200\\cellx8800",
             c.t("\\b Name\\cell E-mail\\cell Phone\\cell\\b0\\row", "\\b Name\\cell E-Mail\\cell Telefon\\cell\\b0\\row")]
    for _ in range(c.rng.randint(2, 5)):
        p = c.person(ascii_only=True)
        lines.append("%s\\cell %s\\cell %s\\cell\\row" % (c.pick([p.full, p.lf]), p.email, p.phone))
    lines.append("}")
    return rtf_esc("\n".join(lines))


def rtf_3(c):
    a = c.staff(ascii_only=True)
    b = c.staff(ascii_only=True)
    p = c.person(ascii_only=True)
    lines = [RTF_HEAD, "{\\b %s} %s\\line" % (c.t("From:", "Von:"), a.full), "{\\b %s} %s\\line" % (c.t("To:", "An:"), b.full),
             "{\\b %s} %s\\line" % (c.t("Re:", "Betreff:"), c.t("Complaint %s" % p.full, "Beschwerde %s" % p.full)),
             "\\par",
             c.t("%s rang again today. Please call back on %s before Friday.\\par" % (p.hs, p.phone),
                 "%s hat heute wieder angerufen. Bitte vor Freitag unter %s zurückrufen.\\par" % (p.hs_de, p.phone)),
             "}"]
    return rtf_esc("\n".join(lines))


def rtf_4(c):
    p = c.person(ascii_only=True)
    st, tl = _ascii_addr(p)

    def mf(field, val):
        return "{\\field{\\*\\fldinst MERGEFIELD %s}{\\fldrslt %s}}" % (field, val)

    lines = [RTF_HEAD,
             mf(c.t("FirstName", "Vorname"), p.given) + " " + mf(c.t("LastName", "Nachname"), p.sur) + "\\par",
             mf(c.t("Street", "Strasse"), st) + "\\par",
             c.t("Postcode/town: ", "PLZ/Ort: ") + tl + "\\par",
             "\\par",
             c.t("Your customer number: ", "Ihre Kundennummer: ") + c.digits(6) + "\\par",
             c.t("Your loyalty card has been blocked at your request.\\par", "Ihre Kundenkarte wurde auf Ihren Wunsch gesperrt.\\par"),
             "}"]
    return rtf_esc("\n".join(lines))


# =============================================================================================
# android_logcat


def _lc(c, lvl, tag):
    """A logcat prefix; time stamps rise within a text, the process id stays."""
    if not hasattr(c, "_lc_t"):
        y, m, d = c.ymd()
        c._lc_t = [m, d, c.rng.randint(6 * 3600, 21 * 3600) * 1000]
        c._lc_pid = c.rng.randint(2000, 30000)
    c._lc_t[2] += c.rng.randint(3, 2500)
    m, d, ms = c._lc_t
    sec, ms = divmod(ms, 1000)
    return "%02d-%02d %02d:%02d:%02d.%03d  %5d  %5d %s %s: " % (m, d, sec // 3600, sec // 60 % 60, sec % 60, ms, c._lc_pid,
                                                             c._lc_pid + c.rng.randint(0, 40), lvl, tag)


def logcat_1(c):
    p = c.person()
    lines = [_lc(c, "D", "CheckoutViewModel") + "customer=Customer(id=%s, firstName=%s, lastName=%s, email=%s, phone=%s)" % (
        c.digits(6), p.given, p.sur, p.email, p.e164)]
    if c.chance(0.7):
        lines.append(_lc(c, "D", "CheckoutViewModel") + "shipping=Address(street=%s, zip=%s, city=%s, country=%s)" % (
            p.street, p.plz, p.town, p.country))
    lines.append(_lc(c, "I", "CheckoutViewModel") + "placing order, cart=%d items" % c.rng.randint(1, 6))
    return "\n".join(lines)


def logcat_2(c):
    p = c.person()
    lines = [_lc(c, "I", "okhttp.OkHttpClient") + "--> POST https://api.talgrat.%s/v2/orders" % c.t("com", "de"),
             _lc(c, "I", "okhttp.OkHttpClient") + "Content-Type: application/json",
             _lc(c, "I", "okhttp.OkHttpClient") + '{"email":%s,"name":%s,"street":%s,"zip":"%s","city":"%s",%s}' % (
                 q(p.email), q(p.full), q(p.street), p.plz, p.town,
                 '"payment":{"type":"card","pan":%s,"exp":"%s"}' % (q(Lab("C", c.card().replace(" ", "").replace("-", ""))),
                                                                    "%02d/%02d" % (c.rng.randint(1, 12), c.rng.randint(25, 30)))
                 if c.chance(0.4) else '"payment":"card"'),
             _lc(c, "I", "okhttp.OkHttpClient") + "--> END POST (%d-byte body)" % c.rng.randint(180, 900),
             _lc(c, "I", "okhttp.OkHttpClient") + "<-- 201 Created (%dms)" % c.rng.randint(80, 1400)]
    return "\n".join(lines)


def logcat_3(c):
    s = c.staff()
    p = c.person()
    lines = [_lc(c, "I", "ScannerService") + "BT scanner connected, store=%s" % store_code(c),
             _lc(c, "D", "LoyaltyLookup") + "card %s -> member %s (%s)" % (c.digits(10), p.full, p.email),
             _lc(c, "D", "PushRegistration") + "token refreshed for user=%s device=TC52-%s" % (s.work, c.digits(4))]
    if c.chance(0.5):
        lines.append(_lc(c, "W", "LoyaltyLookup") + "member %s has no consent for marketing, hiding phone %s" % (c.digits(6), p.phone))
    return "\n".join(lines)


def logcat_4(c):
    p = c.person()
    return "\n".join([
        _lc(c, "E", "AndroidRuntime") + "FATAL EXCEPTION: main",
        _lc(c, "E", "AndroidRuntime") + "Process: de.talgrat.app, PID: %d" % c.rng.randint(2000, 30000),
        _lc(c, "E", "AndroidRuntime") + "java.lang.IllegalStateException: address validation failed for %s: %s" % (p.email, p.street),
        _lc(c, "E", "AndroidRuntime") + "\tat de.talgrat.app.checkout.AddressForm.validate(AddressForm.kt:%d)" % c.rng.randint(40, 400),
        _lc(c, "E", "AndroidRuntime") + "\tat de.talgrat.app.checkout.CheckoutFragment.onSubmit(CheckoutFragment.kt:%d)" % c.rng.randint(40, 400)])


# =============================================================================================
# protobuf_textformat


def pb_1(c):
    p = c.person()
    lines = ["DEBUG grpc.server: UpdateCustomerRequest {", "  customer {", "    id: %s" % c.digits(6),
             "    given_name: %s" % q(p.given), "    family_name: %s" % q(p.sur), "    email: %s" % q(p.email)]
    if c.chance(0.6):
        lines.append("    phone: %s" % q(p.e164))
    lines += ["    address {", "      street: %s" % q(p.street), "      postal_code: \"%s\"" % p.plz,
              "      locality: \"%s\"" % p.town, "    }", "  }", "  update_mask { paths: \"address\" }", "}"]
    return "\n".join(lines)


def pb_2(c):
    lines = ["ListStaffResponse {"]
    for _ in range(2):
        s = c.staff()
        lines += ["  staff {", "    display_name: %s" % q(s.full), "    email: %s" % q(s.work), "    mobile: %s" % q(s.e164), "  }"]
    lines.append('  next_page_token: "%s"' % hexid(c, 10))
    lines.append("}")
    return "\n".join(lines)


def pb_3(c):
    p = c.person()
    return "\n".join([
        "$ grpcurl -d '{\"email\": %s}' crm.internal:443 talgrat.crm.v1.Customers/Lookup" % q(p.email),
        "{",
        '  "customer": {',
        '    "id": "%s",' % c.digits(6),
        '    "displayName": %s,' % q(p.full),
        '    "email": %s,' % q(p.email),
        '    "lastLoginIp": %s' % q(p.ip),
        "  }",
        "}"])


def pb_4(c):
    p = c.person()
    s = c.staff()
    cc = "GB" if p.country == "US" else p.country
    return "\n".join([
        "RefundRequest {",
        '  order_id: "%s"' % c.order_no(),
        "  amount { currency_code: \"%s\" units: %d nanos: %d }" % ("CHF" if cc == "CH" else ("GBP" if cc == "GB" else "EUR"),
                                                                  c.rng.randint(10, 400), c.pick([0, 500000000, 950000000])),
        "  bank_account {",
        "    holder: %s" % q(c.pick([p.full, p.caps])),
        "    iban: %s" % q(Lab("I", c.iban(cc))),
        "  }",
        "  approved_by: %s" % q(s.work),
        "  reason: %s" % q(c.t("goodwill", "Kulanz")),
        "}"])


LAYOUTS = {
    "lead_csv": [lead_csv_1, lead_csv_2, lead_csv_3, lead_csv_4, lead_csv_5],
    "server_log": [server_log_1, server_log_2, server_log_3, server_log_4, server_log_5],
    "payment_qr_payload": [payment_qr_1, payment_qr_2, payment_qr_3, payment_qr_4],
    "wxr_comment_export": [wxr_1, wxr_2, wxr_3, wxr_4],
    "jwt_claims": [jwt_1, jwt_2, jwt_3, jwt_4],
    "mongo_shell_output": [mongo_1, mongo_2, mongo_3, mongo_4],
    "notebook_output": [nb_1, nb_2, nb_3, nb_4],
    "xlsx_shared_strings": [xlsx_1, xlsx_2, xlsx_3, xlsx_4, xlsx_5],
    "fixed_width_export": [fw_1, fw_2, fw_3, fw_4, fw_5],
    "rtf_document": [rtf_1, rtf_2, rtf_3, rtf_4],
    "android_logcat": [logcat_1, logcat_2, logcat_3, logcat_4],
    "protobuf_textformat": [pb_1, pb_2, pb_3, pb_4],
}
