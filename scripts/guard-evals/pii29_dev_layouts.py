"""Machine layouts of the dev half of the twenty-ninth PII bank (dev29).

Twelve layout genres shared by both languages. Field names and short phrases follow the
text's language (`c.L(en, de)`); log lines and tool keys stay English.
"""

from pii29_dev_core import Lab, Redraw, COUNTRY_NAME

LAYOUT = {}


def T(genre, cty=None):
    def deco(f):
        f.cty = cty
        LAYOUT.setdefault(genre, []).append(f)
        return f
    return deco


def q(x):
    """A value in double quotes (the quotes stay outside the span)."""
    return ['"', x, '"']


def ocr(c, s, rate=0.22):
    subs = {"O": "0", "o": "0", "l": "1", "S": "5", "e": "c", "i": "l", "m": "rn", "I": "1", "B": "8", "a": "o"}
    out = []
    for ch in s:
        if ch in subs and c.chance(rate / 2):
            out.append(subs[ch])
        else:
            out.append(ch)
    return "".join(out)


def clubs(c):
    if c.lang == "de":
        return c.ch(["DAV Sektion Allgäu-Kempten", "Alpenverein Innsbruck", "SAC Sektion Pilatus",
                     "TSV Oberstdorf Skiabteilung", "Naturfreunde Graz", "Wanderfreunde Leipzig e. V.",
                     "Kletterhalle Bergwerk", "Lauftreff Isar", "Pfadfinderstamm Hohenstaufen"])
    return c.ch(["Fell Runners of Kendal", "Glasgow Hillwalking Club", "Leeds Climbing Wall",
                 "Wicklow Trail Club", "Cascade Hiking Society", "Rocky Mountain Trail Crew",
                 "Peak District Ramblers", "Dublin Orienteers", "Boulder Running Co-op"])


def fairs(c):
    return c.ch(["OutDoor by ISPO", "ISPO Munich", "The Outdoors Show", "Kendal Mountain Festival",
                 "Alpinmesse Innsbruck", "Outdoor Retailer Expo", "Berg & Tal Messe"])


# ---------------------------------------------------------------------------
# lead_csv

@T("lead_csv")
def lead_csv_plain(c):
    n = c.ri(2, 6)
    sep = c.ch([",", ","])
    hdr = c.L(c.ch(["last_name,first_name,email,phone,club,source", "last_name,first_name,email,phone,club,source,consent"]),
              c.ch(["nachname,vorname,email,telefon,verein,quelle", "nachname,vorname,email,telefon,verein,quelle,einwilligung"]))
    consent = hdr.endswith("consent") or hdr.endswith("einwilligung")
    rows = [hdr]
    src = c.ch(["fair", "web", "store", "newsletter"]) if c.lang == "en" else c.ch(["messe", "web", "filiale", "newsletter"])
    club = clubs(c)
    for _ in range(n):
        p = c.person()
        row = [p.sur(), sep, p.given(), sep, p.email(), sep, p.mobile() if c.chance(0.8) else "", sep, club, sep, src]
        if consent:
            row += [sep, c.ch(["yes", "no", "yes"]) if c.lang == "en" else c.ch(["ja", "nein", "ja"])]
        rows.append(row)
    return c.rows(rows)


@T("lead_csv")
def lead_csv_semicolon(c):
    n = c.ri(2, 5)
    hdr = c.L("Salutation;Title;Last name;First name;Street;Postcode;Town;Country;E-mail",
              "Anrede;Titel;Nachname;Vorname;Straße;PLZ;Ort;Land;E-Mail")
    rows = [hdr]
    for _ in range(n):
        p = c.person()
        a = p.addr()
        title = c.ch(["", "", "", "Dr.", "Prof."])
        rows.append([p.hon(), ";", title, ";", p.sur(), ";", p.given(), ";", a.street(), ";", a.pc, ";",
                     a.town_only(), ";", a.cty, ";", p.email() if c.chance(0.85) else ""])
    return c.rows(rows)


@T("lead_csv")
def lead_csv_tsv(c):
    n = c.ri(2, 6)
    hdr = "email\tfirst_name\tlast_name\tsignup_ip\tsigned_up_at\tlist"
    rows = [hdr]
    lst = c.ch(["newsletter-en", "trail-news", "store-events"]) if c.lang == "en" else c.ch(["newsletter-de", "bergpost", "filial-events"])
    for i in range(n):
        p = c.person()
        rows.append([p.email(), "\t", p.given() if c.chance(0.85) else "", "\t", p.sur(), "\t", c.ip(0.3), "\t",
                     c.ts(0, c.ri(30, 900)).replace("T", " "), "\t", lst])
    return c.rows(rows)


@T("lead_csv")
def lead_csv_quoted(c):
    n = c.ri(2, 5)
    hdr = c.L('"Name","Company","E-mail","Mobile","Interest"', '"Name","Firma","E-Mail","Mobil","Interesse"')
    rows = [hdr]
    comp = c.ch(["Bergschule Oberland", "Hochtouren Tirol", "Scottish Mountain Guides", "Peak Leaders Ltd",
                 "Alpinschule Bern", "Wild Country Instructors", "Outdoor Campus Salzburg"])
    for _ in range(n):
        p = c.person()
        nm = p.last_first() if c.chance(0.55) else p.LAST_first()
        interest = c.ch(["group order", "guide discount", "rental fleet", "staff uniforms"]) if c.lang == "en" \
            else c.ch(["Sammelbestellung", "Bergführerrabatt", "Leihflotte", "Dienstkleidung"])
        rows.append([q(nm), ",", q(comp), ",", q(p.email()), ",", q(p.mobile()), ",", q(interest)])
    return c.rows(rows)


@T("lead_csv")
def lead_csv_pipe(c):
    n = c.ri(2, 5)
    fair = fairs(c)
    rows = ["# %s – %s" % (fair, c.L("badge scans", "Badge-Scans")), "badge|name|company|email|phone|note"]
    for _ in range(n):
        p = c.person()
        comp = c.ch(["Alpine Sports Retail", "Hüttenwirt Verband", "Bergbahnen Hochzillertal", "Trail Magazine",
                     "Outdoor Campus", "Snowsport Academy", "Kletterzentrum Nord"])
        note = c.ch(["wants catalogue", "call after fair", "samples for 12 staff", "interested in rental"]) if c.lang == "en" \
            else c.ch(["Katalog schicken", "nach der Messe anrufen", "Muster für 12 MA", "Interesse an Verleih"])
        rows.append([str(c.ri(10000, 99999)), "|", p.any_form(("full", "full", "upper")), "|", comp, "|", p.email(), "|",
                     p.phone(p.cty, c.ch(["mobile", "land"])) if c.chance(0.8) else "", "|", note])
    return c.rows(rows)


# ---------------------------------------------------------------------------
# json_record

@T("json_record")
def json_customer(c):
    p = c.person()
    a = p.addr()
    ind = "  "
    lines = [
        "{",
        [ind, '"customer_id": "C', str(c.ri(100000, 999999)), '",'],
        [ind, '"first_name": ', q(p.given()), ","],
        [ind, '"last_name": ', q(p.sur()), ","],
        [ind, '"email": ', q(p.email()), ","],
    ]
    if c.chance(0.7):
        lines.append([ind, '"phone": ', q(p.mobile()), ","])
    lines += [
        [ind, '"address": {"street": ', q(a.street()), ', "postcode": "', a.pc, '", "city": "', a.town_only(),
         '", "country": "', a.cty, '"},'],
        [ind, '"marketing_opt_in": ', c.ch(["true", "false"]), ","],
        [ind, '"last_login_ip": ', q(c.ip(0.35))],
        "}",
    ]
    return c.rows(lines)


@T("json_record")
def yaml_loyalty(c):
    p = c.person(need_iban=True)
    lines = [
        "member:",
        ["  id: LM-", str(c.ri(100000, 999999))],
        ["  name: ", p.full()],
        ["  email: ", p.email()],
        ["  tier: ", c.ch(["summit", "ridge", "valley"])],
        ["  points: ", str(c.ri(120, 9800))],
    ]
    if c.chance(0.6):
        lines.append(["  mobile: ", q(p.mobile())])
    lines += ["  payout:", ["    iban: ", p.iban()], ["    holder: ", p.full() if c.chance(0.5) else p.LAST_first()]]
    if p.cty == "DE" and c.chance(0.5):
        lines.append(["  tax_id: ", q(p.taxid())])
    lines.append(["  updated: ", c.ts(0)])
    return c.rows(lines)


@T("json_record")
def xml_customer(c):
    p = c.person()
    a = p.addr()
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<customer id="%d">' % c.ri(10000, 99999),
        ["  <surname>", p.sur(), "</surname>"],
        ["  <givenName>", p.given(), "</givenName>"],
        ["  <street>", a.street(), "</street>"],
        "  <postcode>%s</postcode>" % a.pc,
        "  <city>%s</city>" % a.town_only(),
        ["  <email>", p.email(), "</email>"],
    ]
    if c.chance(0.6):
        lines.append(["  <phone type=\"", c.ch(["mobile", "home"]), "\">", p.mobile(), "</phone>"])
    if c.chance(0.35):
        lines.append(["  <note>", c.L("prefers collection in store", "holt lieber in der Filiale ab"), "</note>"])
    lines.append("</customer>")
    return c.rows(lines)


@T("json_record")
def json_webhook(c):
    p = c.person()
    a = p.addr()
    o = c.order_no()
    prod = c.product()
    lines = [
        "{",
        '  "event": "order.paid",',
        ['  "order": "', o, '",'],
        ['  "client_ip": ', q(c.ip(0.3)), ","],
        ['  "billing": {"name": ', q(p.full()), ', "email": ', q(p.email()), "},"],
        ['  "shipping": {"street": ', q(a.street()), ', "zip": "', a.pc, '", "city": "', a.town_only(), '"},'],
        ['  "items": [{"sku": "', prod[2], '", "qty": ', str(c.ri(1, 3)), "}],"],
    ]
    if c.chance(0.45):
        lines.append(['  "debug_raw_pan": ', q(c.card(fmt="compact")), ","])
    else:
        lines.append(['  "card": {"brand": "', c.ch(["visa", "mastercard", "amex"]), '", "last4": "', str(c.ri(1000, 9999)), '"},'])
    lines += ['  "currency": "%s"' % {"GB": "GBP", "US": "USD", "CH": "CHF"}.get(c.cty, "EUR"), "}"]
    return c.rows(lines)


@T("json_record")
def jsonl_events(c):
    n = c.ri(2, 5)
    rows = []
    for _ in range(n):
        p = c.person()
        ev = c.ch(["account.created", "address.changed", "password.reset", "newsletter.subscribed"])
        if ev == "address.changed":
            rows.append(['{"ts":"', c.ts(0), '","event":"', ev, '","user":', q(p.email()), ',"street":', q(p.addr().street()), "}"])
        elif ev == "password.reset":
            rows.append(['{"ts":"', c.ts(0), '","event":"', ev, '","user":', q(p.email()), ',"ip":', q(c.ip(0.3)), "}"])
        else:
            rows.append(['{"ts":"', c.ts(0), '","event":"', ev, '","user":', q(p.email()), ',"name":', q(p.full()), "}"])
    return c.rows(rows)


# ---------------------------------------------------------------------------
# server_log

def _hms(secs):
    secs %= 24 * 3600
    return "%02d:%02d:%02d" % (secs // 3600, secs // 60 % 60, secs % 60)


@T("server_log")
def nginx_access(c):
    n = c.ri(3, 7)
    rows = []
    secs = c.clock * 60 + c.ri(0, 59)
    for _ in range(n):
        ip = c.ip(0.3)
        path = c.ch(["/", "/de/produkte/fernkamm-45-10", "/cart", "/checkout/payment", "/static/app.js",
                     "/en/products/kaltkar-down-jacket", "/api/stock?sku=TG-RJ-100"])
        mail = None
        if c.chance(0.3):
            p = c.person()
            path_pre = c.ch(["/newsletter/confirm?email=", "/account/reset?email=", "/unsubscribe?e="])
            mail = p.email()
        st = c.ch(["200", "200", "304", "302", "404"])
        req = ['"GET ', path_pre, mail, ' HTTP/1.1"'] if mail else ['"GET ', path, ' HTTP/1.1"']
        t = c.day().strftime("%d/%b/%Y")
        secs += c.ri(1, 150)
        rows.append([ip, " - - [", t, ":", _hms(secs), " +0000] ", req, " ", st, " ", str(c.ri(200, 48000))])
    return c.rows(rows)


@T("server_log")
def app_log(c):
    n = c.ri(3, 6)
    rows = []
    for _ in range(n):
        kind = c.ch(["order", "ship", "otp", "warn"])
        p = c.person()
        if kind == "order":
            rows.append([c.ts(0), " INFO  order.created id=", c.order_no(), ' customer="', p.last_first(), '" total=',
                         c.money(20, 400).replace(" ", "")])
        elif kind == "ship":
            rows.append([c.ts(0), ' INFO  label.printed carrier=', c.ch(["DHL", "DPD", "Royal Mail", "UPS", "Post.at"]),
                         ' to="', p.full(), '" street="', p.addr().street(), '"'])
        elif kind == "otp":
            rows.append([c.ts(0), " INFO  otp.sent channel=sms to=", c.e164(p), " user=", p.email()])
        else:
            rows.append([c.ts(0), " WARN  address.validation failed street=\"", p.addr().street(), '" reason=',
                         c.ch(["no_house_number", "unknown_postcode", "po_box"])])
    return c.rows(rows)


@T("server_log")
def waf_log(c):
    n = c.ri(2, 6)
    rows = []
    for _ in range(n):
        rule = c.ch(["942100 SQLi", "941100 XSS", "913100 scanner", "920350 host-ip", "rate-limit login"])
        line = [c.ts(0), " waf action=", c.ch(["block", "block", "log", "challenge"]), " rule=\"", rule, "\" src=",
                c.ip(0.35), " uri=", c.ch(["/login", "/account", "/api/v2/customers", "/checkout"])]
        if c.chance(0.45):
            p = c.person()
            line += [" account=", p.email()]
        rows.append(line)
    return c.rows(rows)


@T("server_log")
def postfix_log(c):
    n = c.ri(2, 5)
    rows = []
    host = c.ch(["mail01", "mx-out", "smtp2"])
    secs = c.clock * 60 + c.ri(0, 59)
    for _ in range(n):
        p = c.person()
        qid = "".join(c.ch("0123456789ABCDEF") for _ in range(10))
        d = c.day().strftime("%b %d")
        relay_dom = p.email().value.split("@")[1]
        secs += c.ri(1, 140)
        rows.append([d, " ", _hms(secs), " %s postfix/smtp[%d]: %s: to=<" % (host, c.ri(1000, 39999), qid),
                     p.email(), ">, relay=mx.", relay_dom, "[", c.ip4("public"), "]:25, delay=", "%.1f" % (c.ri(1, 90) / 10),
                     ", status=", c.ch(["sent (250 OK)", "sent (250 2.0.0 Ok: queued)", "deferred (451 try again later)",
                                        "bounced (550 5.1.1 user unknown)"])])
    return c.rows(rows)


@T("server_log")
def sso_log(c):
    n = c.ri(2, 6)
    rows = []
    for _ in range(n):
        s = c.staff()
        res = c.ch(["login.success", "login.success", "mfa.challenge", "login.failed", "password.changed"])
        line = [c.ts(0), " sso ", res, " user=", s.email(), " ip=", c.ip(0.3)]
        if res == "mfa.challenge":
            line += [" factor=sms phone=", c.e164(s)]
        rows.append(line)
    return c.rows(rows)


# ---------------------------------------------------------------------------
# mail_header

@T("mail_header")
def raw_headers(c):
    p = c.person()
    dom = p.email().value.split("@")[1]
    subj = c.L(c.ch(["Re: my order ", "Return for order ", "Question about "]), c.ch(["AW: Bestellung ", "Rücksendung ", "Frage zu "]))
    lines = [
        ["Return-Path: <", p.email(), ">"],
        ["Received: from mail.", dom, " (mail.", dom, " [", c.ip4("public"), "])"],
        ["        by mx1.talgrat.", c.L("com", "de"), " with ESMTPS; ", c.day().strftime("%a, %d %b %Y"), " ", c.time(), ":%02d +0100" % c.ri(0, 59)],
        ["From: ", q(p.full()), " <", p.email(), ">"],
        ["To: ", c.role()],
        ["Subject: ", subj, c.order_no()],
    ]
    if c.chance(0.6):
        lines.append(["X-Originating-IP: [", c.ip(0.3), "]"])
    lines.append("X-Mailer: " + c.ch(["Apple Mail (2.3774)", "Microsoft Outlook 16.0", "Thunderbird 115.8", "iPhone Mail (21D61)"]))
    return c.rows(lines)


@T("mail_header")
def forwarded_block(c):
    p = c.person()
    s = c.staff()
    if c.lang == "en":
        head = "---------- Forwarded message ---------"
        lab = ("From", "Date", "Subject", "To")
        body = c.ch(["Hi, the zip on my jacket broke after two walks. Can I send it back?",
                     "Please cancel my order, I found the pack cheaper locally.",
                     "Could you tell me whether the boots run small?"])
    else:
        head = "---------- Weitergeleitete Nachricht ----------"
        lab = ("Von", "Datum", "Betreff", "An")
        body = c.ch(["Hallo, der Reißverschluss meiner Jacke ist nach zwei Touren kaputt. Kann ich sie einschicken?",
                     "Bitte stornieren Sie meine Bestellung, ich habe den Rucksack vor Ort gekauft.",
                     "Fallen die Schuhe klein aus?"])
    lines = [
        [c.L("FYI – can you take this one, ", "Kannst du das übernehmen, "), s.first_given(), "?"],
        "",
        head,
        [lab[0], ": ", p.full(), " <", p.email(), ">"],
        [lab[1], ": ", c.date(0, "long"), " ", c.time()],
        [lab[2], ": ", c.order_no()],
        [lab[3], ": ", c.role()],
        "",
        body,
    ]
    if c.chance(0.4):
        lines += ["", [c.L("My number: ", "Meine Nummer: "), p.mobile()]]
    return c.rows(lines)


@T("mail_header")
def outlook_block(c):
    p = c.staff()
    to = [c.staff() for _ in range(c.ri(1, 3))]
    cc = c.staff() if c.chance(0.6) else None
    if c.lang == "en":
        k = ("From", "Sent", "To", "Cc", "Subject")
    else:
        k = ("Von", "Gesendet", "An", "Cc", "Betreff")
    tos = []
    for i, t in enumerate(to):
        if i:
            tos.append("; ")
        tos += [t.last_first(), " <", t.email(), ">"]
    lines = [[k[0], ": ", p.last_first(), " <", p.email(), ">"],
             [k[1], ": ", c.weekday(0), ", ", c.date(0, "long"), " ", c.time()],
             [k[2], ": ", tos]]
    if cc:
        lines.append([k[3], ": ", cc.full(), " <", cc.email(), ">"])
    lines.append([k[4], ": ", c.L(c.ch(["Rota for next week", "Stocktake Saturday", "Key handover"]),
                                  c.ch(["Dienstplan nächste Woche", "Inventur Samstag", "Schlüsselübergabe"]))])
    return c.rows(lines)


@T("mail_header")
def bounce(c):
    p = c.person()
    dom = p.email().value.split("@")[1]
    lines = [
        ["From: Mail Delivery System <", Lab("EMAIL", "MAILER-DAEMON@mail.talgrat." + c.L("com", "de")), ">"],
        ["Subject: ", c.L("Undelivered Mail Returned to Sender", "Unzustellbar: Ihre Bestellbestätigung")],
        "",
        "Reporting-MTA: dns; mail.talgrat.%s" % c.L("com", "de"),
        ["Final-Recipient: rfc822; ", p.email()],
        "Action: failed",
        "Status: 5.1.1",
        ["Remote-MTA: dns; mx.", dom, " [", c.ip4("public"), "]"],
        ["Diagnostic-Code: smtp; 550 5.1.1 <", p.email(), ">: ", c.ch(["Recipient address rejected: User unknown",
                                                                          "mailbox unavailable", "no such user"])],
    ]
    return c.rows(lines)


@T("mail_header")
def list_headers(c):
    p = c.person()
    lines = [
        ["Delivered-To: ", p.email()],
        ["From: Talgrat ", c.L("Trail News", "Bergpost"), " <", c.role("news"), ">"],
        ["To: ", p.full() if c.chance(0.6) else p.given(), " <", p.email(), ">"],
        ["Reply-To: ", c.role("noreply")],
        ["List-Unsubscribe: <mailto:", c.role("unsubscribe"), "?subject=unsubscribe>"],
        ["X-Campaign: ", c.ch(["spring-sale", "winter-boots", "hut-tour", "kaltkar-launch", "sock-week"]), "-", str(c.ri(10, 99))],
    ]
    if c.chance(0.5):
        lines.insert(3, ["Subject: ", c.L(c.ch(["Your hut-tour checklist", "New in: Kaltkar", "Last days of the sale"]),
                                          c.ch(["Deine Hüttentour-Checkliste", "Neu: Kaltkar", "Letzte Tage im Sale"]))])
    if c.chance(0.4):
        lines.append(["X-Recipient-Id: ", str(c.ri(100000, 999999))])
    return c.rows(lines)


# ---------------------------------------------------------------------------
# html_form

@T("html_form")
def html_contact(c):
    p = c.person()
    lines = [
        '<form action="/contact" method="post">',
        ['  <input name="name" value="', p.full(), '">'],
        ['  <input name="email" type="email" value="', p.email(), '">'],
    ]
    if c.chance(0.7):
        lines.append(['  <input name="phone" type="tel" value="', p.mobile(), '">'])
    lines += [
        ['  <textarea name="message">', c.L(c.ch(["Is the Kaltkar warm enough for -15?", "My parcel never arrived.",
                                                   "Can I collect in store?"]),
                                             c.ch(["Reicht die Kaltkar bei -15 Grad?", "Mein Paket ist nie angekommen.",
                                                   "Kann ich in der Filiale abholen?"])), "</textarea>"],
        "</form>",
    ]
    return c.rows(lines)


@T("html_form")
def html_address(c):
    p = c.person()
    a = p.addr()
    lines = [
        ["<fieldset><legend>", c.L("Delivery address", "Lieferadresse"), "</legend>"],
        ['  <input name="first_name" value="', p.given(), '">'],
        ['  <input name="last_name" value="', p.sur(), '">'],
        ['  <input name="street" value="', a.street(), '">'],
        '  <input name="postcode" value="%s">' % a.pc,
        '  <input name="city" value="%s">' % a.town_only(),
        ['  <input type="hidden" name="client_ip" value="', c.ip(0.3), '">'],
        "</fieldset>",
    ]
    return c.rows(lines)


@T("html_form")
def html_table(c):
    n = c.ri(2, 5)
    lines = ["<table>", ["  <tr><th>", c.L("Name", "Name"), "</th><th>E-Mail</th><th>", c.L("Phone", "Telefon"), "</th><th>",
                         c.L("Event", "Termin"), "</th></tr>"]]
    ev = c.L(c.ch(["Avalanche basics", "Boot fitting night", "Map & compass"]),
             c.ch(["LVS-Grundkurs", "Schuh-Anpassabend", "Karte & Kompass"]))
    for _ in range(n):
        p = c.person()
        lines.append(["  <tr><td>", p.full(), "</td><td>", p.email(), "</td><td>", p.mobile() if c.chance(0.7) else "",
                      "</td><td>", ev, "</td></tr>"])
    lines.append("</table>")
    return c.rows(lines)


@T("html_form")
def html_payment(c):
    p = c.person(need_iban=True)
    lines = [
        '<div class="payment">',
        ['  <label>', c.L(c.ch(["Cardholder", "Name on card"]), c.ch(["Karteninhaber", "Name auf der Karte"])),
         '</label><input name="', c.ch(["holder", "cc_name", "card_holder"]), '" value="', p.upper() if c.chance(0.5) else p.full(), '">'],
        ['  <label>', c.L("Card number", "Kartennummer"), '</label><input name="pan" value="', c.card(), '">'],
        '  <input name="exp" value="%02d/%02d">' % (c.ri(1, 12), c.ri(26, 31)),
        ['  <label>', c.L("Refund account (IBAN)", "Konto für Erstattungen (IBAN)"), '</label><input name="refund_iban" value="', p.iban(), '">'],
        c.ch([['  <p>', c.L("Questions? ", "Fragen? "), '<a href="mailto:', c.role(), '">', c.L("Write to us", "Schreib uns"), "</a></p>"],
              ['  <small>', c.L("Refunds within 14 days.", "Erstattung innerhalb von 14 Tagen."), "</small>"],
              ['  <input type="hidden" name="client_ip" value="', c.ip(0.3), '">']]),
        "</div>",
    ]
    return c.rows(lines)


@T("html_form")
def html_onboarding(c):
    p = c.person(cty="DE")
    a = p.addr()
    lines = [
        ["<h2>", c.L("Payroll details – Talgrat Munich", "Personalfragebogen – Talgrat München"), "</h2>"],
        ['<input name="surname" value="', p.sur(), '">'],
        ['<input name="given_name" value="', p.given(), '">'],
        ['<input name="street" value="', a.street(), '">'],
        '<input name="zip" value="%s"> <input name="town" value="%s">' % (a.pc, a.town_only()),
        ['<input name="steuer_id" value="', p.taxid(), '">'],
        ['<input name="iban" value="', p.iban(), '">'],
        '<select name="tax_class"><option selected>%s</option></select>' % c.ch(["I", "III", "IV", "V"]),
    ]
    return c.rows(lines)


# ---------------------------------------------------------------------------
# vcard_ical

def _adr(c, a):
    return ["ADR;TYPE=home:;;", a.street(), ";", a.town_only(), ";;", a.pc, ";", COUNTRY_NAME[c.lang][a.cty]]


@T("vcard_ical")
def vcard3(c):
    p = c.person()
    lines = ["BEGIN:VCARD", "VERSION:3.0", ["N:", p.sur(), ";", p.given(), ";;;"], ["FN:", p.full()]]
    if c.chance(0.8):
        lines.append(_adr(c, p.addr()))
    lines += [["TEL;TYPE=cell:", p.mobile()], ["EMAIL;TYPE=home:", p.email()]]
    if c.chance(0.4):
        lines.append(["NOTE:", c.L("Loyalty member since ", "Kundenkarte seit "), str(c.day().year - c.ri(1, 8))])
    lines.append("END:VCARD")
    return c.rows(lines)


@T("vcard_ical")
def vcard4(c):
    p = c.person()
    lines = ["BEGIN:VCARD", "VERSION:4.0", ["FN:", p.full()], ["N:", p.sur(), ";", p.given(), ";;;"],
             ["TEL;VALUE=uri;TYPE=", c.ch(["cell", "voice", "cell,voice"]), ":tel:", c.e164(p)],
             ["EMAIL", c.ch([";TYPE=work", ";TYPE=home", ""]), ":", p.email()]]
    if c.chance(0.4):
        lines.append("LANG:%s" % c.ch(["de", "en", "fr", "it"]))
    if c.chance(0.4):
        lines.append("REV:%s" % c.day().strftime("%Y%m%dT%H%M%SZ"))
    if c.chance(0.5):
        lines.append(["ORG:", c.ch(["Bergschule Oberland", "Peak Leaders Ltd", "Trail Magazine", "Alpinschule Bern"])])
    lines.append("END:VCARD")
    return c.rows(lines)


@T("vcard_ical")
def ical_event(c):
    org = c.staff()
    atts = [c.person() for _ in range(c.ri(1, 3))]
    d = c.day(c.ri(1, 20)).strftime("%Y%m%d")
    lines = ["BEGIN:VEVENT", "DTSTART:%sT%02d0000" % (d, c.ri(8, 17)),
             ["SUMMARY:", c.L(c.ch(["Boot fitting", "Pack fitting", "Repair hand-over"]),
                              c.ch(["Schuhanpassung", "Rucksackanpassung", "Reparaturübergabe"])), " – ", atts[0].full()],
             ["ORGANIZER;CN=", org.full(), ":mailto:", org.email()]]
    for a in atts:
        lines.append(["ATTENDEE;CN=", a.full(), ";ROLE=REQ-PARTICIPANT:mailto:", a.email()])
    lines += ["LOCATION:%s" % c.store(), "END:VEVENT"]
    return c.rows(lines)


@T("vcard_ical")
def vcard21(c):
    p = c.person()
    comp = c.ch(["Bergbahnen Hochzillertal", "Alpine Sports Retail", "Hüttenwirt Verband", "Snowsport Academy"])
    lines = ["BEGIN:VCARD", "VERSION:2.1", ["N:", p.sur(), ";", p.given()], ["FN:", p.full()],
             "ORG:%s" % comp, "TITLE:%s" % c.L(c.ch(["Buyer", "Head of Rentals", "Purchasing"]), c.ch(["Einkauf", "Leitung Verleih", "Beschaffung"])),
             ["TEL;WORK;VOICE:", p.phone(p.cty, "land")], ["TEL;CELL:", p.mobile()], ["EMAIL;INTERNET:", p.email()],
             "END:VCARD"]
    return c.rows(lines)


# ---------------------------------------------------------------------------
# ocr_form

@T("ocr_form")
def ocr_return(c):
    p = c.person()
    a = p.addr()
    o = lambda s: ocr(c, s)
    lines = [o(c.L("RETURNS FORM – Talgrat Outdoor", "RÜCKSENDESCHEIN – Talgrat Outdoor")),
             [o(c.L("Order no.: ", "Bestellnr.: ")), c.order_no()],
             [o("Name: "), p.full() if c.chance(0.6) else p.upper()],
             [o(c.L("Street: ", "Straße: ")), a.street()],
             o(c.L("Postcode/Town: ", "PLZ/Ort: ")) + a.pc + " " + a.town_only(),
             [o("E-Mail: "), p.email()],
             [o(c.L("Reason: ", "Grund: ")), c.ch(["2", "4", "5"]), " – ", o(c.L("too small", "zu klein"))]]
    if c.chance(0.5):
        lines.append([o(c.L("Phone: ", "Telefon: ")), p.mobile()])
    return c.rows(lines)


@T("ocr_form")
def ocr_sepa(c):
    p = c.person(need_iban=True)
    a = p.addr()
    o = lambda s: ocr(c, s)
    lines = [o(c.L("SEPA Direct Debit Mandate", "SEPA-Lastschriftmandat")),
             o(c.L("Creditor: Talgrat Outdoor GmbH, Creditor ID DE98ZZZ09999999999", "Zahlungsempfänger: Talgrat Outdoor GmbH, Gläubiger-ID DE98ZZZ09999999999")),
             [o(c.L("Account holder: ", "Kontoinhaber: ")), p.last_first() if c.chance(0.4) else p.full()],
             [o(c.L("Address: ", "Anschrift: ")), a.one()],
             [o("IBAN: "), p.iban()],
             o(c.L("Mandate ref.: ", "Mandatsreferenz: ")) + "TG-M-%06d" % c.ri(1, 999999),
             [o(c.L("Place, date: ", "Ort, Datum: ")), a.town_only(), ", ", c.date(0, "short")]]
    return c.rows(lines)


@T("ocr_form")
def ocr_payroll(c):
    p = c.person(cty="DE")
    o = lambda s: ocr(c, s)
    lines = [o(c.L("Staff questionnaire (Munich store)", "Personalfragebogen")),
             [o(c.L("Surname: ", "Familienname: ")), p.SUR() if c.chance(0.4) else p.sur()],
             [o(c.L("First name: ", "Vorname: ")), p.given()],
             o(c.L("Date of birth: ", "Geburtsdatum: ")) + c.dob(1965, 2005),
             [o(c.L("Tax ID (Steuer-ID): ", "Steuer-ID: ")), p.taxid()],
             [o("IBAN: "), p.iban()]]
    if c.chance(0.6):
        lines.append([o(c.L("Home address: ", "Wohnanschrift: ")), p.addr().one()])
    return c.rows(lines)


@T("ocr_form")
def ocr_delivery(c):
    p = c.person()
    nb = c.person(cty=p.cty)
    a = p.addr()
    o = lambda s: ocr(c, s)
    lines = [o(c.L("DELIVERY NOTE", "LIEFERSCHEIN")) + " " + c.order_no(),
             [o(c.L("Recipient: ", "Empfänger: ")), p.full()],
             [o(c.L("Address: ", "Adresse: ")), a.one()],
             [o(c.L("Received by neighbour: ", "Angenommen von Nachbar: ")), nb.init_sur() if c.chance(0.5) else nb.full()],
             [o(c.L("Signature: ", "Unterschrift: ")), nb.upper() if c.chance(0.4) else nb.sur()]]
    return c.rows(lines)


# ---------------------------------------------------------------------------
# accounting_export (new)

@T("accounting_export")
def datev_stapel(c):
    n = c.ri(2, 6)
    hdr = "Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;Konto;Gegenkonto (ohne BU-Schlüssel);Belegdatum;Belegfeld 1;Buchungstext"
    rows = [hdr if c.lang == "de" else "Amount;D/C;Account;Contra account;Doc date;Doc no.;Posting text"]
    for _ in range(n):
        p = c.person()
        amt = "%d,%02d" % (c.ri(10, 480), c.ri(0, 99))
        txt = c.ch([["Gutschrift ", p.last_first()], ["Erstattung ", p.full()], ["Retoure ", p.SUR()]]) if c.lang == "de" \
            else c.ch([["Credit note ", p.last_first()], ["Refund ", p.full()], ["Return ", p.SUR()]])
        d = c.day(c.ri(-20, 0))
        rows.append([amt, ";", c.ch(["S", "H"]), ";", str(c.ri(10000, 69999)), ";", str(c.ri(1000, 1800)), ";",
                     "%02d%02d" % (d.day, d.month), ";", "RE%d" % c.ri(100000, 999999), ";", txt])
    return c.rows(rows)


@T("accounting_export")
def debtor_master(c):
    n = c.ri(2, 4)
    hdr = c.L("AccountNo,LastName,FirstName,Street,Postcode,City,IBAN,Email",
              "Konto;Name;Vorname;Straße;PLZ;Ort;IBAN;E-Mail")
    sep = "," if c.lang == "en" else ";"
    rows = [hdr]
    for _ in range(n):
        p = c.person(need_iban=True)
        a = p.addr()
        rows.append([str(c.ri(10000, 69999)), sep, p.sur(), sep, p.given(), sep, q(a.street()) if sep == "," else a.street(), sep, a.pc, sep,
                     a.town_only(), sep, c.iban(p.cty if p.cty != "US" else "DE", grouped=False),
                     sep, p.email() if c.chance(0.7) else ""])
    return c.rows(rows)


@T("accounting_export")
def open_items(c):
    n = c.ri(2, 5)
    rows = [c.L("| Debtor | Invoice | Due | Amount | Level | Contact |", "| Debitor | Rechnung | Fällig | Betrag | Stufe | Kontakt |"),
            "|---|---|---|---|---|---|"]
    for _ in range(n):
        p = c.person()
        rows.append(["| ", p.last_first() if c.chance(0.5) else p.full(), " | RE-%d | %s | %s | %d | " % (
            c.ri(20000, 99999), c.date(c.ri(-60, -5), "short"), c.money(30, 900), c.ri(1, 3)),
            p.email() if c.chance(0.6) else p.mobile(), " |"])
    return c.rows(rows)


@T("accounting_export")
def refund_journal(c):
    n = c.ri(2, 5)
    rows = [c.L("Refund journal – ", "Erstattungsjournal – ") + c.store()]
    for i in range(n):
        p = c.person(need_iban=True)
        via = c.ch(["iban", "card", "iban"])
        line = [c.date(-i, "iso"), " | RF-%d | " % c.ri(1000, 9999), p.LAST_first(), " | "]
        if via == "iban":
            line += [c.L("to IBAN ", "an IBAN "), p.iban()]
        else:
            line += [c.L("to card ", "auf Karte "), c.card()]
        line += [" | ", c.money(15, 350)]
        rows.append(line)
    return c.rows(rows)


@T("accounting_export")
def xero_contacts(c):
    n = c.ri(2, 4)
    rows = ["*ContactName,EmailAddress,FirstName,LastName,POAddressLine1,POCity,POPostalCode,PhoneNumber"]
    for _ in range(n):
        p = c.person()
        a = p.addr()
        rows.append([q(p.full()), ",", p.email(), ",", p.given(), ",", p.sur(), ",", q(a.street()), ",",
                     '"', a.town_only(), '",', a.pc, ",", p.mobile() if c.chance(0.7) else ""])
    return c.rows(rows)


# ---------------------------------------------------------------------------
# payroll_bank_file (new)

@T("payroll_bank_file")
def payroll_fixed(c):
    n = c.ri(2, 6)
    per = "%02d/%d" % (c.day().month, c.day().year)
    rows = ["HDR TALGRAT PAYROLL %s RUN %d" % (per, c.ri(1, 3))]
    tot = 0
    for i in range(n):
        p = c.staff(need_iban=True)
        amt = c.ri(1400, 3900)
        tot += amt
        nm = (p.sur_s + " " + p.given_s).upper()
        nm_l = Lab("PERSON", nm)
        pad = " " * max(1, 28 - len(nm))
        rows.append(["EMP%04d " % c.ri(1, 2400), nm_l, pad, p.iban(), " %9s" % ("%d.%02d" % (amt, c.ri(0, 99))),
                     " SAL %s" % per])
    rows.append("TRL %d %d.00" % (n, tot))
    return c.rows(rows)


@T("payroll_bank_file")
def payroll_csv(c):
    n = c.ri(2, 6)
    rows = [c.L("Name;IBAN;Amount;Reference", "Name;IBAN;Betrag;Verwendungszweck")]
    mon = "%02d/%d" % (c.day().month, c.day().year)
    for _ in range(n):
        p = c.staff(need_iban=True)
        rows.append([p.full() if c.chance(0.6) else p.last_first(), ";", p.iban(), ";",
                     "%d,%02d" % (c.ri(900, 3900), c.ri(0, 99)), ";",
                     c.L("Salary ", "Lohn/Gehalt ") + mon + c.L(" staff no ", " PNr ") + str(c.ri(1000, 9999))])
    return c.rows(rows)


@T("payroll_bank_file")
def payroll_pain(c):
    n = c.ri(1, 2)
    rows = ['<PmtInf><PmtInfId>PAY-%d</PmtInfId>' % c.ri(10000, 99999)]
    for _ in range(n):
        p = c.staff(need_iban=True)
        rows += ["  <CdtTrfTxInf>",
                 '    <Amt><InstdAmt Ccy="EUR">%d.%02d</InstdAmt></Amt>' % (c.ri(900, 3900), c.ri(0, 99)),
                 ["    <Cdtr><Nm>", p.full(), "</Nm></Cdtr>"],
                 ["    <CdtrAcct><Id><IBAN>", c.iban(p.cty if p.cty != "US" else "DE", grouped=False), "</IBAN></Id></CdtrAcct>"],
                 "  </CdtTrfTxInf>"]
    rows.append("</PmtInf>")
    return c.rows(rows)


@T("payroll_bank_file")
def payroll_json(c):
    p = c.staff(cty="DE")
    lines = ["{",
             '  "period": "%d-%02d",' % (c.day().year, c.day().month),
             ['  "employee": {"id": "E', str(c.ri(1000, 9999)), '", "name": ', q(p.full()), "},"],
             ['  "tax_id": ', q(p.taxid()), ","],
             '  "tax_class": "%s",' % c.ch(["I", "III", "IV"]),
             c.ch(['  "church_tax": %s,' % c.ch(["true", "false"]), '  "store": "%s",' % c.store(),
                   ['  "email": ', q(p.email()), ","], '  "hours_per_week": %d,' % c.ri(12, 40)]),
             ['  "net_pay": ', "%d.%02d" % (c.ri(1200, 3400), c.ri(0, 99)), ","],
             ['  "iban": ', q(p.iban()), ""],
             "}"]
    return c.rows(lines)


@T("payroll_bank_file")
def payroll_rejects(c):
    n = c.ri(1, 3)
    rows = [c.L("Returned payments – payroll run ", "Rücklastschriften/Rückläufer – Lohnlauf ") + "%02d/%d" % (c.day().month, c.day().year)]
    for _ in range(n):
        p = c.staff(need_iban=True)
        why = c.ch(["AC04 account closed", "AC01 wrong account number", "MD07 beneficiary deceased"]) if c.lang == "en" \
            else c.ch(["AC04 Konto erloschen", "AC01 Kontonummer falsch", "AM04 Deckung unzureichend"])
        rows.append(["- ", p.LAST_first(), ": ", p.iban(), " – ", why])
    hr = c.staff()
    rows.append([c.L("Please ask the staff for new details. – ", "Bitte neue Bankverbindung anfordern. – "), hr.init_sur()])
    return c.rows(rows)


# ---------------------------------------------------------------------------
# time_clock_export (new)

@T("time_clock_export")
def clock_csv(c):
    n = c.ri(2, 6)
    rows = [c.L("badge;last_name;first_name;in;out;terminal_ip", "ausweis;nachname;vorname;kommen;gehen;terminal_ip")]
    tip = c.ip4("private")
    for _ in range(n):
        p = c.staff()
        h = c.ri(6, 10)
        rows.append(["%04d;" % c.ri(1, 999), p.sur(), ";", p.given(), ";%02d:%02d;%02d:%02d;" % (h, c.ri(0, 59), h + c.ri(4, 9), c.ri(0, 59)),
                     Lab("IP_ADDRESS", tip.value)])
    return c.rows(rows)


@T("time_clock_export")
def clock_terminal(c):
    n = c.ri(2, 6)
    term = "TERM-%02d" % c.ri(1, 9)
    tip = c.ip4("private")
    rows = []
    for _ in range(n):
        p = c.staff()
        rows.append([c.ts(0, c.ri(1, 30)).replace("T", " "), " ", term, " (", Lab("IP_ADDRESS", tip.value), ") ",
                     c.ch(["IN ", "OUT", "IN "]), " badge %04d " % c.ri(1, 999), p.last_first()])
    return c.rows(rows)


@T("time_clock_export")
def clock_md(c):
    n = c.ri(2, 5)
    days = c.L(["Mon", "Tue", "Wed", "Thu", "Fri"], ["Mo", "Di", "Mi", "Do", "Fr"])
    rows = ["| " + c.L("Name", "Name") + " | " + " | ".join(days) + " | " + c.L("Total", "Summe") + " |",
            "|---" * 7 + "|"]
    for _ in range(n):
        p = c.staff()
        hrs = [c.ch(["8.0", "7.5", "6.0", "–", "8.5", "4.0"]) for _ in days]
        rows.append(["| ", p.full(), " | ", " | ".join(hrs), " | %d.0 |" % c.ri(20, 42)])
    m = c.staff()
    rows += ["", [c.L("Approved by ", "Freigegeben von "), m.full(), " (", m.email(), ")"]]
    return c.rows(rows)


@T("time_clock_export")
def clock_json(c):
    n = c.ri(1, 3)
    rows = ['{"export": "timeclock", "site": "%s", "entries": [' % c.store()]
    for i in range(n):
        p = c.staff()
        rows.append(['  {"employee": ', q(p.email()), ', "name": ', q(p.full()), ', "clock_in": "', c.ts(0, c.ri(0, 20)),
                     '", "device_ip": ', q(c.ip(0.2)), "}", "," if i < n - 1 else ""])
    rows.append("]}")
    return c.rows(rows)


@T("time_clock_export")
def clock_missing(c):
    n = c.ri(1, 4)
    rows = [c.L("Missing punches – week ", "Fehlende Buchungen – KW ") + str(c.day().isocalendar()[1])]
    for _ in range(n):
        p = c.staff()
        rows.append(["* ", p.LAST_first() if c.chance(0.5) else p.full(), " – ", c.date(c.ri(-6, 0), "short"), " ",
                     c.L(c.ch(["no clock-out", "no clock-in", "break not recorded"]),
                         c.ch(["kein Gehen", "kein Kommen", "Pause fehlt"]))])
    m = c.staff()
    rows.append([c.L("Please correct by Friday – ", "Bitte bis Freitag korrigieren – "), m.first_given()])
    return c.rows(rows)


# ---------------------------------------------------------------------------
# access_review (new)

@T("access_review")
def access_md(c):
    n = c.ri(2, 5)
    app = c.ch(["Shopify admin", "Zendesk", "Google Workspace", "Lightspeed POS", "Klaviyo"])
    rows = ["## %s – %s Q%d" % (app, c.L("access review", "Berechtigungsprüfung"), (c.day().month - 1) // 3 + 1), "",
            c.L("| User | E-mail | Role | Last login IP | Decision |", "| Nutzer | E-Mail | Rolle | Letzte Login-IP | Entscheidung |"),
            "|---|---|---|---|---|"]
    for _ in range(n):
        s = c.staff()
        rows.append(["| ", s.full(), " | ", s.email(), " | ", c.ch(["admin", "staff", "read-only", "agent"]), " | ",
                     c.ip(0.25), " | ", c.L(c.ch(["keep", "keep", "revoke", "downgrade"]), c.ch(["behalten", "behalten", "entziehen", "herabstufen"])), " |"])
    rv = c.staff()
    rows += ["", [c.L("Reviewer: ", "Prüfer: "), rv.full()]]
    return c.rows(rows)


@T("access_review")
def access_sql(c):
    n = c.ri(2, 5)
    rows = ["=> SELECT full_name, email, last_login_ip, role FROM staff_users WHERE last_login < now() - interval '90 days';",
            " full_name            | email                          | last_login_ip   | role",
            "----------------------+--------------------------------+-----------------+--------"]
    for _ in range(n):
        s = c.staff()
        nm = s.full()
        pad1 = " " * max(1, 21 - len(nm.value))
        em = s.email()
        pad2 = " " * max(1, 31 - len(em.value))
        ip = c.ip(0.15)
        pad3 = " " * max(1, 16 - len(ip.value))
        rows.append([" ", nm, pad1, "| ", em, pad2, "| ", ip, pad3, "| ", c.ch(["admin", "staff", "agent"])])
    rows.append("(%d rows)" % n)
    return c.rows(rows)


@T("access_review")
def access_csv(c):
    n = c.ri(2, 5)
    rows = ["user_email,display_name,manager_email,last_login,last_ip,mfa"]
    mgr = c.staff()
    for _ in range(n):
        s = c.staff()
        rows.append([s.email(), ",", q(s.full()) if c.chance(0.5) else q(s.last_first()), ",", mgr.email(), ",",
                     c.date(-c.ri(1, 120), "iso"), ",", c.ip(0.2), ",", c.ch(["on", "off", "on"])])
    return c.rows(rows)


@T("access_review")
def access_yaml(c):
    rv = c.staff()
    n = c.ri(1, 3)
    rows = ["review:", "  system: %s" % c.ch(["pos-backoffice", "warehouse-wms", "crm", "hr-portal"]),
            ["  reviewer: ", rv.full()], ["  reviewer_email: ", rv.email()], "  date: %s" % c.date(0, "iso"), "  revoked:"]
    for _ in range(n):
        s = c.staff()
        rows += [["    - user: ", s.email()], ["      name: ", s.full()],
                 ["      reason: ", c.ch(["left company", "role change", "inactive 120 days"])]]
    return c.rows(rows)


# ---------------------------------------------------------------------------
# training_register (new)

@T("training_register")
def training_md(c):
    n = c.ri(2, 5)
    cert = c.L(c.ch(["First Aid at Work", "Forklift (counterbalance)", "Fire marshal"]),
               c.ch(["Ersthelfer", "Staplerschein", "Brandschutzhelfer"]))
    rows = [c.L("| Name | Certificate | No. | Valid until | Mobile |", "| Name | Nachweis | Nr. | Gültig bis | Mobil |"),
            "|---|---|---|---|---|"]
    for _ in range(n):
        s = c.staff()
        rows.append(["| ", s.full(), " | ", cert, " | %s-%d | " % (c.ch(["FA", "EH", "FS", "BS"]), c.ri(10000, 99999)),
                     c.date(c.ri(30, 700), "short"), " | ", s.mobile(), " |"])
    return c.rows(rows)


@T("training_register")
def training_csv(c):
    n = c.ri(2, 6)
    rows = [c.L("surname,given_name,store,course,completed,expires,email", "nachname,vorname,filiale,kurs,absolviert,ablauf,email")]
    for _ in range(n):
        s = c.staff()
        rows.append([s.sur(), ",", s.given(), ",", c.store_town, ",", c.L(c.ch(["first-aid", "manual-handling", "avalanche-l1"]),
                                                                       c.ch(["erste-hilfe", "heben-tragen", "lvs-basis"])), ",",
                     c.date(-c.ri(10, 300), "iso"), ",", c.date(c.ri(100, 800), "iso"), ",", s.email()])
    return c.rows(rows)


@T("training_register")
def training_yaml(c):
    n = c.ri(1, 2)
    rows = ["forklift_licences:" if c.lang == "en" else "staplerscheine:"]
    for _ in range(n):
        s = c.staff()
        rows += [["  - holder: ", s.full()], "    licence: %s-%d" % (c.ch(["FS", "FL"]), c.ri(1000, 9999)),
                 "    valid_until: %s" % c.date(c.ri(30, 900), "iso"), ["    emergency_contact: ", c.person(cty=s.cty).full()],
                 ["    emergency_phone: ", q(c.phone(s.cty))]]
    return c.rows(rows)


@T("training_register")
def training_checklist(c):
    n = c.ri(2, 5)
    rows = [c.L("Fire warden training – ", "Brandschutzhelfer-Schulung – ") + c.store() + ", " + c.date(0, "short")]
    for _ in range(n):
        s = c.staff()
        rows.append([c.ch(["[x] ", "[x] ", "[ ] "]), s.full(), " (", c.L(c.ch(["till", "stockroom", "floor"]), c.ch(["Kasse", "Lager", "Fläche"])), ")"])
    tr = c.person()
    rows.append([c.L("Trainer: ", "Trainer: "), tr.full(), ", ", tr.phone(tr.cty, "mobile")])
    return c.rows(rows)
