"""Machine layouts of the held-out half of the twenty-seventh PII bank (heldout27).

Used by both languages: field names and short phrases follow the text's language.
"""

from pii27_held_core import fmt, lines, J, L


def T(c, en, de):
    return de if c.lang == "de" else en


def q(v):
    """A quoted value: quotes outside the span."""
    return ['"', v, '"']


def js(obj, ind=2, lvl=0):
    pad = " " * (ind * (lvl + 1))
    end = " " * (ind * lvl)
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [[pad, q(k), ": ", js(v, ind, lvl + 1)] for k, v in obj.items()]
        return ["{\n", J(",\n", items), "\n", end, "}"]
    if isinstance(obj, list):
        if not obj:
            return "[]"
        items = [[pad, js(v, ind, lvl + 1)] for v in obj]
        return ["[\n", J(",\n", items), "\n", end, "]"]
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return str(obj)
    return q(obj)


def js_flat(obj):
    items = [[q(k), ": ", js_flat(v) if isinstance(v, dict) else js(v)] for k, v in obj.items()]
    return ["{", J(", ", items), "}"]


def row(cells, sep):
    out = []
    for cell in cells:
        if isinstance(cell, str) and (sep in cell or '"' in cell) and not isinstance(cell, L):
            cell = '"' + cell.replace('"', '""') + '"'
        elif isinstance(cell, L) and sep in cell:
            cell = q(cell)
        out.append(cell)
    return J(sep, out)


def sqlv(v):
    if v is None:
        return "NULL"
    if isinstance(v, int):
        return str(v)
    return ["'", v, "'"]


def town_pc(a):
    return a["postcode"], a["town"]


# ------------------------------------------------------------------------------------------
# lead_csv
# ------------------------------------------------------------------------------------------

def lead_1(c):
    n = c.ri(2, 5)
    hdr = T(c, "last_name,first_name,email,phone,city", "nachname,vorname,email,telefon,ort")
    rows = [hdr]
    for _ in range(n):
        p = c.person()
        rows.append(row([p.sur(), p.given(), c.email(p), c.phone(), c.town()[0]], ","))
    return lines(*rows)


def lead_2(c):
    comp_hdr = T(c, "Name,Company,E-mail,Interest", "Name,Firma,E-Mail,Interesse")
    rows = [comp_hdr]
    for _ in range(c.ri(2, 4)):
        p = c.person()
        comp = c.company()
        rows.append(row([c.ch([p.lf, p.LF])(), comp, c.work_email(p, c.domain_of(comp)),
                         c.ch(T(c, ["club kit", "guided tours", "staff jackets"], ["Vereinskleidung", "Führungen", "Teamjacken"]))], ","))
    return lines(*rows)


def lead_3(c):
    rows = [T(c, "Salutation;First name;Last name;Street;Postcode;Town;Phone", "Anrede;Vorname;Nachname;Straße;PLZ;Ort;Telefon")]
    for _ in range(c.ri(2, 4)):
        p = c.person(simple=True)
        a = c.addr_parts()
        rows.append(row([c.hon(p), p.given(), p.sur(), L("STREET_ADDRESS", a["street"]), a["postcode"], a["town"], c.phone(a["cc"])], ";"))
    return lines(*rows)


def lead_4(c):
    rows = [T(c, "# badge scans, trade fair hall B", "# Scans Messestand Halle B")]
    for _ in range(c.ri(2, 5)):
        p = c.person()
        rows.append(fmt("{d} {t} | {n} | {co} | {e} | {ph}", d=c.date(style="iso"), t=c.time(), n=c.ch([p.LF, p.upper, p.full])(),
                        co=c.company(), e=c.email(p), ph=c.phone()))
    return lines(*rows)


def lead_5(c):
    rows = [T(c, "Newsletter sign-up sheet (typed in)", "Newsletter-Liste (abgetippt)"), "Nr,Name,E-Mail"]
    for i in range(1, c.ri(3, 6)):
        p = c.person()
        rows.append(row([str(i), c.ch([p.full, p.lower_full, p.lf])(), c.email(p)], ","))
    return lines(*rows)


# ------------------------------------------------------------------------------------------
# json_record
# ------------------------------------------------------------------------------------------

def json_1(c):
    p = c.person()
    a = c.addr_parts()
    obj = {"customer_id": c.ri(100000, 999999), "first_name": p.given(), "last_name": p.sur(), "email": c.email(p),
           "phone": c.phone(a["cc"]), "address": {"street": L("STREET_ADDRESS", a["street"]), "postcode": a["postcode"],
                                                 "city": a["town"], "country": a["cc"]},
           "newsletter": c.ch([True, False])}
    return js(obj)


def json_2(c):
    p = c.person()
    obj = {"event": "checkout.completed", "ts": "%sT%sZ" % (c.date(style="iso"), c.hms()), "order": c.order_no(),
           "customer": {"name": p.full(), "email": c.email(p)}, "client_ip": c.ip(),
           "card_last4": c.digits(4)}
    return js(obj, ind=c.ch([2, 4]))


def json_3(c):
    p = c.person()
    obj = {"payee": p.full(), "type": T(c, "creator payout", "Honorar"), "iban": c.iban(), "amount": c.money(50, 900)}
    if c.lang == "de" or c.p(0.3):
        obj["steuer_id"] = c.taxid()
    obj["approved_by"] = c.person().init_sur()
    return js(obj)


def json_4(c):
    staff = []
    for _ in range(c.ri(2, 4)):
        p = c.person()
        staff.append(["    ", js_flat({"first": p.given(), "last": p.sur(), "store": c.store(), "mobile": c.phone(mobile=True)})])
    return ["{\n  \"staff\": [\n", J(",\n", staff), "\n  ]\n}"]


def json_5(c):
    p = c.person()
    a = c.addr_parts()
    return lines(
        "webhook:",
        "  type: shipment.created",
        fmt("  tracking: \"{t}\"", t=c.parcel_no()),
        "  recipient:",
        fmt("    name: {n}", n=p.full()),
        fmt("    street: {s}", s=L("STREET_ADDRESS", a["street"])),
        fmt("    postcode: \"{pc}\"", pc=a["postcode"]),
        fmt("    city: {t}", t=a["town"]),
        fmt("    phone: \"{ph}\"", ph=c.phone(a["cc"])),
        c.opt(0.5, fmt("    email: {e}", e=c.email(p))),
    )


def json_6(c):
    lines_ = []
    for _ in range(c.ri(2, 4)):
        p = c.person()
        lines_.append(js_flat({"ts": "%sT%s" % (c.date(style="iso"), c.hms()), "user": c.email(p), "ip": c.ip(),
                               "action": c.ch(["login", "password_reset", "address_update"])}))
    return lines(*lines_)


# ------------------------------------------------------------------------------------------
# tsv_export
# ------------------------------------------------------------------------------------------

def tsv_1(c):
    rows = [T(c, "given\tsurname\tstreet\tpostcode\tcity\tphone", "Vorname\tNachname\tStraße\tPLZ\tOrt\tTelefon")]
    for _ in range(c.ri(2, 5)):
        p = c.person(simple=True)
        a = c.addr_parts()
        rows.append(J("\t", [p.given(), p.sur(), L("STREET_ADDRESS", a["street"]), a["postcode"], a["town"], c.phone(a["cc"])]))
    return lines(*rows)


def tsv_2(c):
    rows = [T(c, "order\tname\tcard\tamount", "Bestellung\tName\tKarte\tBetrag")]
    for _ in range(c.ri(2, 4)):
        p = c.person()
        rows.append(J("\t", [c.order_no(), p.full(), c.card(), c.money()]))
    return lines(*rows)


def tsv_3(c):
    rows = ["user\tlast_login\tip"]
    for _ in range(c.ri(2, 5)):
        p = c.person()
        rows.append(J("\t", [c.email(p), "%s %s" % (c.date(style="iso"), c.hms()), c.ip()]))
    return lines(*rows)


def tsv_4(c):
    rows = [T(c, "staff_no\tname\tiban", "Pers.-Nr.\tName\tIBAN")]
    for _ in range(c.ri(2, 4)):
        p = c.person()
        rows.append(J("\t", [c.staff_no(), c.ch([p.lf, p.full])(), c.iban()]))
    return lines(*rows)


# ------------------------------------------------------------------------------------------
# html_form
# ------------------------------------------------------------------------------------------

def inp(name, v):
    return ['<input name="', name, '" value="', v, '">']


def html_1(c):
    p = c.person()
    return lines(
        '<form action="/contact" method="post">',
        ["  ", inp("name", p.full())],
        ["  ", inp("email", c.email(p))],
        ["  ", inp("phone", c.phone())],
        fmt('  <textarea name="message">{m}</textarea>', m=T(c, "Please call me about the repair.", "Bitte rufen Sie mich wegen der Reparatur an.")),
        "</form>",
    )


def html_2(c):
    p = c.person(simple=True)
    a = c.addr_parts()
    return lines(
        T(c, "<fieldset><legend>New address</legend>", "<fieldset><legend>Neue Adresse</legend>"),
        ["  ", inp("first_name", p.given()), " ", inp("last_name", p.sur())],
        ["  ", inp("street", L("STREET_ADDRESS", a["street"]))],
        ["  ", inp("zip", a["postcode"]), " ", inp("city", a["town"])],
        ['  <input type="hidden" name="client_ip" value="', c.ip(), '">'],
        "</fieldset>",
    )


def html_3(c):
    p = c.person()
    return lines(
        '<div class="payment">',
        ["  <label>", T(c, "Cardholder", "Karteninhaber/in"), "</label> ", inp("cc_name", p.upper())],
        ["  <label>", T(c, "Card number", "Kartennummer"), "</label> ", inp("cc_number", c.card())],
        fmt('  <label>CVC</label> <input name="cc_cvc" value="***">'),
        "</div>",
    )


def html_4(c):
    p = c.person(simple=True)
    return lines(
        T(c, "<h2>Staff payroll details</h2>", "<h2>Personalstammdaten</h2>"),
        "<table>",
        ["<tr><th>", T(c, "Name", "Name"), "</th><td>", p.lf(), "</td></tr>"],
        ["<tr><th>IBAN</th><td>", c.iban(), "</td></tr>"],
        ["<tr><th>", T(c, "German tax ID", "Steuer-ID"), "</th><td>", c.taxid(), "</td></tr>"],
        "</table>",
    )


def html_5(c):
    rows = ["<table>", T(c, "<tr><th>Name</th><th>E-mail</th><th>Phone</th></tr>", "<tr><th>Name</th><th>E-Mail</th><th>Telefon</th></tr>")]
    for _ in range(c.ri(2, 4)):
        p = c.person()
        rows.append(["<tr><td>", p.full(), "</td><td>", c.email(p), "</td><td>", c.phone(), "</td></tr>"])
    rows.append("</table>")
    return lines(*rows)


# ------------------------------------------------------------------------------------------
# sql_dump
# ------------------------------------------------------------------------------------------

def sql_1(c):
    rows = ["INSERT INTO customers (first_name, last_name, email, phone, street, zip, city) VALUES"]
    vals = []
    for _ in range(c.ri(1, 3)):
        p = c.person(no_apos=True, simple=True)
        a = c.addr_parts()
        if "'" in a["street"]:
            a = c.addr_parts("DE")
        vals.append(["  (", J(", ", [sqlv(p.given()), sqlv(p.sur()), sqlv(c.email(p)), sqlv(c.phone(a["cc"])),
                                       sqlv(L("STREET_ADDRESS", a["street"])), sqlv(a["postcode"]), sqlv(a["town"])]), ")"])
    rows.append(J(",\n", vals))
    return [lines(*rows), ";"]


def sql_2(c):
    p = c.person(no_apos=True)
    return lines(
        fmt("UPDATE staff SET iban = '{ib}' WHERE staff_no = '{no}';", ib=c.iban(), no=c.staff_no()),
        fmt("UPDATE staff SET steuer_id = '{t}', updated_by = '{u}' WHERE staff_no = '{no}';", t=c.taxid(grouped=False), u=p.full(),
            no=c.staff_no()) if c.lang == "de" or c.p(0.4) else
        fmt("UPDATE staff SET updated_by = '{u}' WHERE staff_no = '{no}';", u=p.full(), no=c.staff_no()),
    )


def sql_3(c):
    ps = [c.person(no_apos=True) for _ in range(c.ri(2, 4))]
    rows = ["mysql> SELECT id, name, email, last_ip FROM accounts WHERE flagged = 1;",
            "+------+----------------------+------------------------------+-----------------+"]
    for p in ps:
        rows.append(["| ", str(c.ri(1000, 9999)), " | ", p.full(), " | ", c.email(p), " | ", c.ipv4(), " |"])
    rows.append("+------+----------------------+------------------------------+-----------------+")
    rows.append("%d rows in set (0.01 sec)" % len(ps))
    return lines(*rows)


def sql_4(c):
    p = c.person(no_apos=True)
    return lines(
        "-- refund queue",
        fmt("INSERT INTO refunds (order_no, holder, iban, amount) VALUES ('{o}', '{h}', '{ib}', {m});", o=c.order_no(), h=p.full(),
            ib=c.iban(grouped=False), m="%d.%02d" % (c.ri(10, 400), c.ri(0, 99))),
    )


# ------------------------------------------------------------------------------------------
# mail_header
# ------------------------------------------------------------------------------------------

def mh_1(c):
    p = c.person()
    a = c.person()
    return lines(
        fmt("Received: from mail-{x}.example.net ([{ip}])", x=c.ri(10, 99), ip=c.ipv4()),
        fmt("        by mx1.talgrat.de with ESMTPS; {d} {t}", d=c.date(style="iso"), t=c.hms()),
        fmt("From: {n} <{e}>", n=p.full(), e=c.email(p)),
        fmt("To: {e}", e=c.shop_email()),
        c.opt(0.6, fmt("Cc: {n} <{e}>", n=a.full(), e=c.shop_email(a))),
        fmt("Subject: {s}", s=T(c, "Re: my return", "AW: Meine Rücksendung")),
        c.opt(0.5, fmt("X-Originating-IP: [{ip}]", ip=c.ip())),
    )


def mh_2(c):
    p = c.person()
    return lines(
        fmt("Return-Path: <{e}>", e=c.email(p)),
        fmt("Reply-To: \"{n}\" <{e}>", n=p.lf() if c.p(0.3) else p.full(), e=c.email(p)),
        fmt("X-Sender-IP: {ip}", ip=c.ip()),
        fmt("Date: {d} {t} +0100", d=c.date(style="iso"), t=c.hms()),
        fmt("Subject: {s}", s=T(c, "Invoice copy please", "Bitte Rechnungskopie")),
    )


def mh_3(c):
    ps = [c.person() for _ in range(c.ri(2, 4))]
    return lines(
        fmt("From: {n} <{e}>", n=ps[0].full(), e=c.shop_email(ps[0])),
        ["To: ", J(", ", [[p.full(), " <", c.shop_email(p), ">"] for p in ps[1:]])],
        fmt("Subject: {s}", s=T(c, "Interview plan next week", "Gesprächsplan nächste Woche")),
        fmt("Date: {d}", d=c.date(style="iso")),
    )


def mh_4(c):
    p = c.person()
    return lines(
        "Delivery Status Notification (Failure)",
        fmt("Final-Recipient: rfc822; {e}", e=c.email(p)),
        "Action: failed",
        "Status: 5.1.1",
        fmt("Remote-MTA: dns; mx.example.org [{ip}]", ip=c.ipv4()),
        fmt("Original-Recipient-Name: {n}", n=p.full()),
    )


# ------------------------------------------------------------------------------------------
# vcard_ical
# ------------------------------------------------------------------------------------------

def vc_1(c):
    p = c.person(simple=True)
    a = c.addr_parts()
    return lines(
        "BEGIN:VCARD",
        "VERSION:3.0",
        ["N:", p.sur(), ";", p.given(), ";;;"],
        ["FN:", p.full()],
        ["TEL;TYPE=CELL:", c.phone(a["cc"], mobile=True)],
        ["EMAIL:", c.email(p)],
        ["ADR;TYPE=HOME:;;", L("STREET_ADDRESS", a["street"]), ";", a["town"], ";;", a["postcode"], ";", c.country_name(a["cc"])],
        "END:VCARD",
    )


def vc_2(c):
    p = c.person(simple=True)
    comp = c.company()
    return lines(
        "BEGIN:VCARD",
        "VERSION:4.0",
        ["FN:", p.full()],
        ["N:", p.sur(), ";", p.given(), ";;", T(c, "Ms", "Frau") if p.gender == "f" else T(c, "Mr", "Herr"), ";"],
        "ORG:" + comp,
        ["TEL;VALUE=uri;TYPE=work:tel:", c.phone(intl=True)],
        ["EMAIL;TYPE=work:", c.work_email(p, c.domain_of(comp))],
        "END:VCARD",
    )


def vc_3(c):
    a, b = c.person(), c.person()
    return lines(
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT",
        fmt("SUMMARY:{s}", s=T(c, "Probation review", "Probezeitgespräch")),
        fmt("DTSTART:{d}T{h}0000", d=c.date(style="iso").replace("-", ""), h="%02d" % c.ri(8, 17)),
        ["ORGANIZER;CN=", a.full(), ":mailto:", c.shop_email(a)],
        ["ATTENDEE;CN=", b.full(), ";ROLE=REQ-PARTICIPANT:mailto:", c.email(b)],
        fmt("LOCATION:{l}", l=T(c, "Talgrat ", "Talgrat ") + c.store() + T(c, ", back office", ", Büro")),
        "END:VEVENT",
        "END:VCALENDAR",
    )


def vc_4(c):
    p = c.person(simple=True)
    return lines(
        "BEGIN:VCARD",
        "VERSION:2.1",
        ["N;CHARSET=UTF-8:", p.sur(), ";", p.given()],
        ["TEL;HOME;VOICE:", c.phone(mobile=False)],
        ["TEL;CELL:", c.phone(mobile=True)],
        "NOTE:" + T(c, "Keyholder, store ", "Schlüsselträger/in, Filiale ") + c.store(),
        "END:VCARD",
    )


# ------------------------------------------------------------------------------------------
# ocr_form
# ------------------------------------------------------------------------------------------

def ocr_1(c):
    p = c.person()
    return lines(
        T(c, "RETURNS F0RM", "RÜCKSENDE-F0RMULAR"),
        fmt("{l}: {n}", l=T(c, "Narne", "Narne"), n=c.ch([p.upper, p.full])()),
        fmt("{l}: {ad}", l=T(c, "Addrcss", "Anschrlft"), ad=c.address(form="line")),
        fmt("{l}: {ph}", l=T(c, "Phonc", "Te1efon"), ph=c.phone()),
        fmt("{l}: {o}", l=T(c, "0rder no", "Bestel1nr"), o=c.order_no()),
        fmt("{l}: {r}", l=T(c, "Rea son", "Gr und"), r=T(c, "too small", "zu klein")),
    )


def ocr_2(c):
    p = c.person()
    return lines(
        T(c, "W A R R A N T Y   C A R D", "G A R A N T I E K A R T E"),
        fmt("{l} {n}", l=T(c, "Custorner:", "Kundc:"), n=p.full()),
        fmt("{l} {e}", l="E-rnail:", e=c.email(p)),
        fmt("{l} {pr} / {d}", l=T(c, "Product/date:", "Produkt/Datum:"), pr=c.pshort(), d=c.date()),
    )


def ocr_3(c):
    p = c.person()
    return lines(
        T(c, "TRANSFER SL1P", "ÜBERWEISUNGSTRÄGER"),
        fmt("{l} {n}", l=T(c, "Payee:", "Empfanger:"), n=c.ch([p.upper, p.full])()),
        fmt("IBAN: {ib}", ib=c.iban()),
        fmt("{l} {m}", l=T(c, "Arnount:", "Betrag:"), m=c.money()),
        fmt("{l} {o}", l=T(c, "Ref:", "Verwendungszweck:"), o=c.order_no()),
    )


def ocr_4(c):
    p = c.person(simple=True)
    return lines(
        T(c, "Lohnsteuerbescheinigung (scan, German store)", "Lohnsteuerbescheinigung 2025 (Scan)"),
        fmt("Name, Vornarne: {n}", n=p.LF() if c.p(0.5) else p.lf()),
        fmt("Identifikationsnumrner: {t}", t=c.taxid()),
        fmt("Anschrlft: {ad}", ad=c.address("DE", form="line")),
    )


# ------------------------------------------------------------------------------------------
# vpn_log*
# ------------------------------------------------------------------------------------------

def vpn_1(c):
    rows = []
    for _ in range(c.ri(2, 5)):
        p = c.person()
        ip = c.ipv4(c.ch(["public", "public", "doc"]))
        rows.append(["%s %s openvpn[%d]: " % (c.date(style="iso"), c.hms(), c.ri(1000, 9999)),
                     "user '", c.shop_email(p), "' authenticated from ", ip, ":%d, assigned " % c.ri(20000, 65000),
                     c.ipv4("private")])
    return lines(*rows)


def vpn_2(c):
    ps = [c.person() for _ in range(c.ri(2, 3))]
    rows = ["[Interface]", fmt("Address = {ip}/24", ip=c.ipv4("private")), "ListenPort = 51820", ""]
    for p in ps:
        rows.append(["[Peer]  # ", p.full(), " (", c.ch(T(c, ["laptop", "phone", "till PC"], ["Laptop", "Handy", "Kassen-PC"])), ")"])
        rows.append(fmt("AllowedIPs = {ip}/32", ip=c.ipv4("private")))
    return lines(*rows)


def vpn_3(c):
    p = c.person()
    return lines(
        fmt("%ASA-6-722051: Group <STAFF> User <{u}> IP <{ip}> IPv4 Address <{v}> assigned to session", u=c.shop_email(p),
            ip=c.ipv4("public"), v=c.ipv4("private")),
        fmt("%ASA-4-722041: TunnelGroup <STAFF> GroupPolicy <STORES> User <{u}> IP <{ip}> No IPv6 address available",
            u=c.shop_email(p), ip=c.ipv4("public")),
        c.opt(0.5, fmt("%ASA-5-722037: Group <STAFF> User <{u}> IP <{ip}> SVC closing connection: idle timeout.", u=c.shop_email(p),
                       ip=c.ipv4("public"))),
    )


def vpn_4(c):
    rows = [T(c, "session_start,user,display_name,client_ip,duration_min", "sitzung_start,benutzer,anzeigename,client_ip,dauer_min")]
    for _ in range(c.ri(2, 4)):
        p = c.person()
        rows.append(row(["%s %s" % (c.date(style="iso"), c.hms()), c.shop_email(p), p.full(), c.ip(0.4), str(c.ri(3, 480))], ","))
    return lines(*rows)


def vpn_5(c):
    p = c.person()
    a = c.person()
    return lines(
        T(c, "VPN access request", "VPN-Zugang beantragt"),
        fmt("{l}: {n}", l=T(c, "Employee", "Mitarbeiter/in"), n=p.full()),
        fmt("{l}: {ph}", l=T(c, "Mobile for OTP", "Handy für Einmalcode"), ph=c.phone(mobile=True)),
        fmt("{l}: {ip}", l=T(c, "Home IP (allow-list)", "Heim-IP (Freigabe)"), ip=c.ip(0.5)),
        fmt("{l}: {a}", l=T(c, "Approved by", "Genehmigt von"), a=a.init_sur()),
    )


# ------------------------------------------------------------------------------------------
# timeclock_export*
# ------------------------------------------------------------------------------------------

def tc_1(c):
    rows = [T(c, "badge;surname;given;date;in;out", "Ausweis;Nachname;Vorname;Datum;Kommt;Geht")]
    for _ in range(c.ri(2, 5)):
        p = c.person(simple=True)
        h = c.ri(6, 12)
        rows.append(row([str(c.ri(1000, 9999)), p.sur(), p.given(), c.date(style="num"), "%02d:%02d" % (h, c.ri(0, 59)),
                         "%02d:%02d" % (h + c.ri(4, 9), c.ri(0, 59))], ";"))
    return lines(*rows)


def tc_2(c):
    rows = [T(c, "TIME CLOCK  store %s  terminal %s" % (c.store(), "%s"), "ZEITERFASSUNG  Filiale %s  Terminal %s" % (c.store(), "%s"))]
    rows[0] = fmt(rows[0].replace("%s", "{ip}"), ip=c.ipv4("private"))
    for _ in range(c.ri(2, 5)):
        p = c.person()
        rows.append(fmt("{b}  {n}  {d}  {i}-{o}", b="%05d" % c.ri(1, 99999), n=c.ch([p.LF, p.lf])(), d=c.date(style="num"),
                        i="%02d:%02d" % (c.ri(6, 10), c.ri(0, 59)), o="%02d:%02d" % (c.ri(14, 20), c.ri(0, 59))))
    return lines(*rows)


def tc_3(c):
    punches = []
    for _ in range(c.ri(1, 3)):
        p = c.person()
        punches.append(["    ", js_flat({"employee": p.full(), "badge": str(c.ri(1000, 9999)), "type": c.ch(["IN", "OUT"]),
                                            "at": "%sT%s" % (c.date(style="iso"), c.hms())})])
    return ["{\n  \"terminal\": ", q(c.ipv4("private")), ",\n  \"punches\": [\n", J(",\n", punches), "\n  ]\n}"]


def tc_4(c):
    p = c.person()
    a = c.person()
    return lines(
        T(c, "Correction request", "Korrekturantrag Zeiterfassung"),
        fmt("{l}: {n}", l=T(c, "Employee", "Mitarbeiter/in"), n=p.full()),
        fmt("{l}: {d}, {t1} {x} {t2}", l=T(c, "Date", "Datum"), d=c.date(), t1=c.time(), x=T(c, "instead of", "statt"), t2=c.time()),
        fmt("{l}: {r}", l=T(c, "Reason", "Grund"), r=T(c, "forgot to clock out", "Ausstempeln vergessen")),
        fmt("{l}: {a}", l=T(c, "Signed off", "Abgezeichnet"), a=a.given()),
    )


# ------------------------------------------------------------------------------------------
# emergency_contacts*
# ------------------------------------------------------------------------------------------

def rel(c, k):
    if c.lang == "de":
        return c.ch(k.f(["Partnerin", "Mutter", "Schwester", "Ehefrau", "Mitbewohnerin", "Tochter"],
                        ["Partner", "Vater", "Bruder", "Ehemann", "Mitbewohner", "Sohn"]))
    return c.ch(k.f(["partner", "mother", "sister", "wife", "flatmate", "daughter"], ["partner", "father", "brother", "husband", "flatmate", "son"]))


def em_1(c):
    rows = ["emergency_contacts:"]
    for _ in range(c.ri(1, 3)):
        p, k = c.person(), c.person()
        rows += [fmt("  - employee: {n}", n=p.full()),
                 fmt("    contact: {k}", k=k.full()),
                 fmt("    relation: {r}", r=rel(c, k)),
                 fmt("    phone: \"{ph}\"", ph=c.phone())]
    return lines(*rows)


def em_2(c):
    rows = [T(c, "| Staff | Emergency contact | Relation | Phone |", "| Mitarbeiter/in | Notfallkontakt | Beziehung | Telefon |"),
            "|---|---|---|---|"]
    for _ in range(c.ri(2, 4)):
        p, k = c.person(), c.person()
        rows.append(["| ", p.full(), " | ", k.full(), " | ", rel(c, k), " | ", c.phone(), " |"])
    return lines(*rows)


def em_3(c):
    p, k = c.person(), c.person()
    return lines(
        T(c, "EMERGENCY CONTACT FORM", "NOTFALLKONTAKT"),
        fmt("{l}: {n}", l=T(c, "Name", "Name"), n=p.full()),
        fmt("{l}: {ad}", l=T(c, "Home address", "Wohnanschrift"), ad=c.address(form="line")),
        fmt("{l}: {k} ({r})", l=T(c, "Contact", "Kontaktperson"), k=k.full(), r=rel(c, k)),
        fmt("{l}: {ph}", l=T(c, "Phone", "Telefon"), ph=c.phone()),
        c.opt(0.5, fmt("{l}: {ph}", l=T(c, "Alt. phone", "Alternativ"), ph=c.phone())),
    )


def em_4(c):
    rows = [T(c, "staff,contact_name,contact_phone", "mitarbeiter,kontakt_name,kontakt_telefon")]
    for _ in range(c.ri(2, 4)):
        p, k = c.person(), c.person()
        rows.append(row([c.ch([p.lf, p.full])(), k.full(), c.phone()], ","))
    return lines(*rows)


# ------------------------------------------------------------------------------------------
# mailroom_log*
# ------------------------------------------------------------------------------------------

def mr_1(c):
    rows = [T(c, "Date | Recipient | Dept | Carrier | Tracking | Signed by", "Datum | Empfänger/in | Abteilung | Dienst | Sendung | Unterschrift")]
    for _ in range(c.ri(2, 4)):
        p, s = c.person(), c.person()
        rows.append(fmt("{d} | {n} | {dep} | {car} | {t} | {s}", d=c.date(style="num"), n=p.full(),
                        dep=c.ch(T(c, ["HR", "Buying", "Finance", "E-commerce"], ["Personal", "Einkauf", "Buchhaltung", "Onlineshop"])),
                        car=c.ch(["DHL", "UPS", "DPD", "GLS", "Royal Mail"]), t=c.parcel_no(), s=s.init_sur()))
    return lines(*rows)


def mr_2(c):
    p = c.person()
    a = c.person()
    return lines(
        T(c, "OUTGOING REGISTERED POST", "AUSGANG EINSCHREIBEN"),
        fmt("{l}: {n}", l=T(c, "To", "An"), n=p.full()),
        fmt("{l}: {ad}", l=T(c, "Address", "Anschrift"), ad=c.address(form=c.ch(["line", "two"]))),
        fmt("{l}: {x}", l=T(c, "Contents", "Inhalt"), x=T(c, "employment reference", "Arbeitszeugnis")),
        fmt("{l}: {a}", l=T(c, "Sent by", "Versendet von"), a=a.given()),
    )


def mr_3(c):
    rows = [T(c, "incoming,recipient,sender,pieces", "eingang,empfaenger,absender,stueck")]
    for _ in range(c.ri(2, 4)):
        p = c.person()
        sender = c.person().full() if c.p(0.5) else c.company()
        rows.append(row(["%s %s" % (c.date(style="iso"), c.time()), p.full(), sender, str(c.ri(1, 4))], ","))
    return lines(*rows)


def mr_4(c):
    p = c.person()
    return lines(
        T(c, "Mailroom note", "Poststelle"),
        fmt("{x} {n} {y} {ph}.", x=T(c, "Parcel for", "Paket für"), n=p.full(), y=T(c, "is at the desk. Ring", "liegt am Empfang. Bitte Bescheid unter"),
            ph=c.phone(mobile=False)),
        fmt("{l}: {e}", l=T(c, "Notified", "Benachrichtigt"), e=c.shop_email(p)),
    )


LAYOUT = {
    "lead_csv": [lead_1, lead_2, lead_3, lead_4, lead_5],
    "json_record": [json_1, json_2, json_3, json_4, json_5, json_6],
    "tsv_export": [tsv_1, tsv_2, tsv_3, tsv_4],
    "html_form": [html_1, html_2, html_3, html_4, html_5],
    "sql_dump": [sql_1, sql_2, sql_3, sql_4],
    "mail_header": [mh_1, mh_2, mh_3, mh_4],
    "vcard_ical": [vc_1, vc_2, vc_3, vc_4],
    "ocr_form": [ocr_1, ocr_2, ocr_3, ocr_4],
    "vpn_log": [vpn_1, vpn_2, vpn_3, vpn_4, vpn_5],
    "timeclock_export": [tc_1, tc_2, tc_3, tc_4],
    "emergency_contacts": [em_1, em_2, em_3, em_4],
    "mailroom_log": [mr_1, mr_2, mr_3, mr_4],
}


# ------------------------------------------------------------------------------------------
# label_print_job (no personal data): GTIN label print jobs, both languages
# ------------------------------------------------------------------------------------------

def lp_1(c):
    rows = ["^XA", "^FO40,30^A0N,28,28^FD" + c.product()[0] + "^FS"]
    g = c.gtin()
    rows += ["^FO40,70^BEN,80,Y,N^FD" + g + "^FS", "^FO40,180^A0N,22,22^FD" + c.size() + " / " + c.product()[1] + "^FS", "^XZ"]
    return lines(*rows)


def lp_2(c):
    rows = ["sku;size;colour;gtin;qty" if c.lang == "en" else "SKU;Größe;Farbe;GTIN;Menge"]
    for _ in range(c.ri(2, 5)):
        pr = c.product()
        rows.append(";".join([pr[1], c.size(), c.ch(pr[3]), c.gtin(), str(c.ri(1, 40))]))
    return lines(*rows)


def lp_3(c):
    pr = c.product()
    return js({"printer": "ZD421-" + c.ch(["LAGER", "STORE", "KEMPTEN"]), "job": c.ri(1000, 9999),
               "labels": [{"sku": pr[1], "gtin": c.gtin(), "price": pr[2], "copies": c.ri(1, 20)}]})


def lp_4(c):
    pr = c.product()
    return lines(
        T(c, "Label batch", "Etikettenlauf") + " %s-%d" % (c.ch(["A", "B", "C"]), c.ri(100, 999)),
        fmt("{p} | {s} | GTIN {g}", p=pr[0], s=pr[1], g=c.gtin()),
        fmt("{x}: {n}", x=T(c, "Copies", "Anzahl"), n=c.ri(10, 200)),
        T(c, "Printer queue: warehouse 2, bay 14", "Drucker: Lager 2, Regal 14"),
    )


CLEAN = {"label_print_job": [lp_1, lp_2, lp_3, lp_4]}
