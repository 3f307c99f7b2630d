"""Machine layouts (12 genres with personal data) for heldout29, both languages.
Field names, headers and short phrases follow the text's language; keys of tools
(JSON, GraphQL, CloudEvents, Elasticsearch) stay English as in real systems."""

import pii29_held_core as C


def fix(country):
    def deco(f):
        f.country = country
        return f
    return deco


def de(g):
    return g.lang == "de"


def lbl(g, en, de_):
    return de_ if g.lang == "de" else en


def noise(g, s):
    """OCR noise on the form's own words (never on values)."""
    subs = [("O", "0"), ("l", "1"), ("S", "5"), ("e", "c"), ("i", "l"), ("m", "rn"), ("B", "8")]
    out = s
    for a, b in subs:
        if a in out and g.chance(0.35):
            i = out.index(a)
            out = out[:i] + b + out[i + 1:]
    return out


# ---------------------------------------------------------------------------
# lead_csv
# ---------------------------------------------------------------------------

def lc_1(g):
    sep = ";" if de(g) else ","
    head = lbl(g, "last_name,first_name,email,phone,city,source", "Nachname;Vorname;E-Mail;Telefon;Ort;Quelle")
    rows = [head]
    for _ in range(g.n(2, 4)):
        p = g.person()
        rows.append(g.r("{s}" + sep + "{f}" + sep + "{e}" + sep + "{ph}" + sep + "{c}" + sep + "{src}", s=p.sur(), f=p.given(),
                        e=p.email(), ph=p.phone(), c=p.city(),
                        src=g.pick(lbl(g, ["fair", "web", "store", "newsletter"], ["Messe", "Web", "Filiale", "Newsletter"]))))
    return g.lines(*rows)


def lc_2(g):
    sep = ";" if de(g) else ","
    clubs = lbl(g, ["Calder Valley Fell Runners", "Cascade Trail Club", "Wicklow Hillwalkers", "Peak Rambling Society"],
                ["DAV Sektion Kempten", "Alpenverein Innsbruck", "Lauftreff Iller", "SAC Sektion Uto"])
    rows = [lbl(g, '"name","club","email"', '"Name";"Verein";"E-Mail"')]
    for _ in range(g.n(2, 4)):
        p = g.person()
        rows.append(g.r('"{n}"' + sep + '"{c}"' + sep + '"{e}"', n=[p.lf(), p.LF()][g.n(0, 1)], c=g.pick(clubs), e=p.email()))
    return g.lines(*rows)


def lc_3(g):
    head = lbl(g, "salutation;first;last;street;postcode;town", "Anrede;Vorname;Nachname;Straße;PLZ;Ort")
    rows = [head]
    for _ in range(g.n(1, 3)):
        p = g.person()
        rows.append(g.r("{h};{f};{s};{st};{pc};{c}", h=p.hon(), f=p.given(), s=p.sur(), st=p.street(), pc=p.postcode(), c=p.city()))
    return g.lines(*rows)


def lc_4(g):
    rows = [lbl(g, "email\tfirst_name\tsigned_up\tip", "email\tvorname\tangemeldet\tip")]
    for _ in range(g.n(2, 4)):
        p = g.person()
        rows.append(g.r("{e}\t{f}\t{d}\t{ip}", e=p.email(), f=p.given(), d=g.iso_ts(), ip=g.ip()))
    return g.lines(*rows)


def lc_5(g):
    rows = [lbl(g, "badge|name|company|mobile|email", "Badge|Name|Firma|Mobil|E-Mail")]
    comps = lbl(g, ["Peak Rambling Society", "Northfield Couriers Ltd", "Harbour Outdoor Club", "—"],
                ["Bergsport Iller e.V.", "Kurierdienst Wertach", "DAV Sektion Allgäu", "—"])
    for _ in range(g.n(2, 4)):
        p = g.person()
        rows.append(g.r("{b}|{n}|{c}|{m}|{e}", b="B" + g.safe_digits(5, True), n=[p.LF(), p.full()][g.n(0, 1)],
                        c=g.pick(comps), m=p.mobile(), e=p.email()))
    return g.lines(*rows)


# ---------------------------------------------------------------------------
# json_record
# ---------------------------------------------------------------------------

def jr_1(g):
    p = g.person()
    return g.r('{\n  "id": "cus_{id}",\n  "first_name": "{f}",\n  "last_name": "{s}",\n  "email": "{e}",\n'
               '  "phone": "{ph}",\n  "address": {\n    "street": "{st}",\n    "postcode": "{pc}",\n    "city": "{c}",\n'
               '    "country": "{cc}"\n  },\n  "last_login_ip": "{ip}"[?,\n  "marketing_opt_in": [[true|false]]?]\n}',
               id=g.safe_digits(6, True), f=p.given(), s=p.sur(), e=p.email(), ph=p.phone(), st=p.street(), pc=p.postcode(),
               c=p.city(), cc=p.country, ip=g.ip())


def jr_2(g):
    p = g.person(country="DE" if de(g) and g.chance(0.6) else None)
    rows = [g.r("member:\n  number: {n}\n  name: {a}\n  email: {e}\n  tier: [[summit|base camp|ridge]][?\n  last_ip: {ip}?]",
                n=g.safe_digits(7, True), a=[p.full(), p.lf()][g.n(0, 1)], e=p.email(), ip=g.ip())]
    if p.country in C.IBAN_COUNTRIES:
        rows.append(g.r("  payout:\n    iban: {ib}\n    holder: {h}", ib=p.iban(), h=p.full()))
    if p.country == "DE" and g.chance(0.6):
        rows.append(g.r("  tax:\n    steuer_id: {t}", t=p.taxid()))
    return g.lines(*rows)


def jr_3(g):
    p = g.person()
    return g.r('<customer id="{id}">\n  <familyName>{s}</familyName>\n  <givenName>{f}</givenName>\n  <email>{e}</email>\n'
               '  <street>{st}</street>\n  <postalCode>{pc}</postalCode>\n  <city>{c}</city>\n[?  <phone>{ph}</phone>\n?]</customer>',
               id=g.safe_digits(6, True), s=p.sur(), f=p.given(), e=p.email(), st=p.street(), pc=p.postcode(), c=p.city(),
               ph=p.phone())


def jr_4(g):
    p = g.person()
    card = g.chance(0.5)
    rows = [g.r('{"event": "order.paid", "order": "{o}", "customer": {"name": "{n}", "email": "{e}"}, "client_ip": "{ip}"',
                o=g.order_no(), n=p.full(), e=p.email(), ip=g.ip())]
    if card:
        rows.append(g.r(', "debug_pan": "{c}"', c=p.card()))
    rows.append("}")
    return rows


def jr_5(g):
    ps = [g.staff() for _ in range(g.n(2, 3))]
    rows = ["["]
    for i, p in enumerate(ps):
        rows.append(g.r('  {"staff_no": "{n}", "display_name": "{d}", "mail": "{e}", "mobile": "{m}"}' + ("," if i < len(ps) - 1 else ""),
                        n=g.safe_digits(5, True), d=[p.full(), p.ini()][g.n(0, 1)], e=p.email(), m=p.mobile()))
    rows.append("]")
    return g.lines(*rows)


# ---------------------------------------------------------------------------
# mail_header
# ---------------------------------------------------------------------------

def mh_1(g):
    p = g.person()
    return g.lines(
        g.r("Return-Path: <{e}>", e=p.email()),
        g.r("Received: from [[mail.example.net|mout.provider.net|smtp.relay.net]] ([{ip}])\n\tby mx.talgrat.[[de|com]] with ESMTPS; {d}",
            ip=g.ip(v6=g.chance(0.25)), d=g.iso_ts()),
        g.r("From: {n} <{e}>", n=p.full(), e=p.email()),
        g.r("To: {r}", r=g.role_email()),
        g.r("Subject: {s}", s=g.t(lbl(g, "[[Re: order|Return|Question about]] ", "[[AW: Bestellung|Retoure|Frage zu]] ")) + g.order_no()),
        g.r("[?X-Originating-IP: [{ip}]?]", ip=g.ip4()),
    )


def mh_2(g):
    a, s = g.person(), g.staff()
    cc = g.staff()
    if de(g):
        return g.lines(
            "-----Ursprüngliche Nachricht-----",
            g.r("Von: {a} <{e}>", a=a.full(), e=a.email()),
            g.r("Gesendet: {w}, {d} {t}", w=g.weekday(), d=g.date(fmt="long"), t=g.time()),
            g.r("An: {s} <{se}>", s=s.full(), se=s.email()),
            g.r("Cc: {c} <{ce}>", c=cc.full(), ce=cc.email()),
            g.r("Betreff: [[Reklamation|Rücksendung|Rechnung]] {o}", o=g.order_no()),
        )
    return g.lines(
        "-----Original Message-----",
        g.r("From: {a} <{e}>", a=a.full(), e=a.email()),
        g.r("Sent: {w}, {d} {t}", w=g.weekday(), d=g.date(fmt="long"), t=g.time()),
        g.r("To: {s} <{se}>", s=s.full(), se=s.email()),
        g.r("Cc: {c} <{ce}>", c=cc.full(), ce=cc.email()),
        g.r("Subject: [[Complaint|Return|Invoice]] {o}", o=g.order_no()),
    )


def mh_3(g):
    p = g.person()
    return g.lines(
        g.r("From: Mail Delivery System <{m}>", m=C.Span("EMAIL", "MAILER-DAEMON@mx.talgrat." + g.pick(["de", "com"]))),
        g.r("Subject: Undelivered Mail Returned to Sender"),
        g.BL,
        g.r("Final-Recipient: rfc822; {e}", e=p.email()),
        g.r("Original-Recipient: rfc822; {e}", e=p.email()),
        g.t("Action: [[failed|delayed]]"),
        g.r("[?Diagnostic-Code: smtp; [[550 5.1.1 user unknown|552 mailbox full|421 try again later]]?]"),
        g.t("Status: [[5.1.1|5.2.2|4.4.7]]"),
        g.r("Remote-MTA: dns; [{ip}]", ip=g.ip4()),
    )


def mh_4(g):
    a = g.person()
    ccs = [g.staff() for _ in range(g.n(1, 3))]
    parts = []
    for i, c in enumerate(ccs):
        if i:
            parts.append(", ")
        parts.extend(g.r('"{n}" <{e}>', n=[c.lf(), c.full()][g.n(0, 1)], e=c.email()))
    return g.lines(
        g.r('To: "{n}" <{e}>', n=a.lf(), e=a.email()),
        ["Cc: "] + parts,
        g.r("Date: {d}", d=g.iso_ts()),
        g.r("Subject: {s}", s=g.t(lbl(g, "[[Your repair|Press request|Invoice copy]]", "[[Deine Reparatur|Presseanfrage|Rechnungskopie]]"))),
    )


# ---------------------------------------------------------------------------
# html_form
# ---------------------------------------------------------------------------

def hf_1(g):
    p = g.person()
    return g.lines(
        '<form action="/contact" method="post">',
        g.r('  <label>{l}</label><input [[type="text" |]]name="[[name|full_name]]" value="{n}">',
            l=g.t(lbl(g, "[[Name|Full name|Your name]]", "[[Name|Vor- und Nachname|Ihr Name]]")), n=p.full()),
        g.r('  <label>{l}</label><input [[type="email" |]]name="email" value="{e}"[[ required|]]>', l=lbl(g, "E-mail", "E-Mail"), e=p.email()),
        g.r('  <label>{l}</label><input name="phone" value="{ph}">', l=lbl(g, "Phone", "Telefon"), ph=p.phone()),
        g.r('[?  <label>{l}</label><input name="address" value="{ad}">?]', l=lbl(g, "Address", "Adresse"), ad=p.addr1()),
        g.r('  <textarea name="msg">{m}</textarea>', m=g.t(lbl(g, "[[Where is my parcel?|Please call me back.]]",
                                                                 "[[Wo bleibt mein Paket?|Bitte um Rückruf.]]"))),
        "</form>",
    )


def hf_2(g):
    p = g.person()
    return g.lines(
        g.r('<fieldset[[ class="address"| id="shipping"|]]><legend>{l}</legend>',
            l=g.t(lbl(g, "[[Delivery address|Shipping address|Where should we deliver?]]", "[[Lieferadresse|Versandadresse|Wohin sollen wir liefern?]]"))),
        g.r('  <input name="first_name" value="{f}"> <input name="last_name" value="{s}">', f=p.given(), s=p.sur()),
        g.r('  <input name="street" value="{st}">', st=p.street()),
        g.r('  <input name="postcode" value="{pc}"> <input name="city" value="{c}">', pc=p.postcode(), c=p.city()),
        g.r('  <input type="hidden" name="client_ip" value="{ip}">', ip=g.ip()),
        "</fieldset>",
    )


def hf_3(g):
    p = g.person(country=g.country if g.country in C.IBAN_COUNTRIES else "GB")
    return g.lines(
        g.r('<div class="payment">'),
        g.r('  <p>{l}: {n}</p>', l=lbl(g, "Cardholder", "Karteninhaber/in"), n=p.caps()),
        g.r('  <p>{l}: {c}</p>', l=lbl(g, "Card", "Karte"), c=p.card()),
        g.r('  <p>{l}: {ib}</p>', l=lbl(g, "Refund account", "Erstattungskonto"), ib=p.iban()),
        g.r('  <a href="mailto:{e}">{e2}</a>', e=p.email(), e2=p.email()),
        "</div>",
    )


def hf_4(g):
    rows = ["<table>", g.r("  <tr><th>{a}</th><th>{b}</th><th>{c}</th></tr>", a=lbl(g, "Name", "Name"), b=lbl(g, "E-mail", "E-Mail"),
                           c=lbl(g, "Mobile", "Mobil"))]
    for _ in range(g.n(2, 4)):
        p = g.person()
        rows.append(g.r("  <tr><td>{n}</td><td>{e}</td><td>{m}</td></tr>", n=p.full(), e=p.email(), m=p.mobile()))
    rows.append("</table>")
    return g.lines(*rows)


# ---------------------------------------------------------------------------
# vcard_ical
# ---------------------------------------------------------------------------

def vc_1(g):
    p = g.person()
    return g.lines(
        "BEGIN:VCARD", "VERSION:3.0",
        g.r("N:{s};{f};;;", s=p.sur(), f=p.given()),
        g.r("FN:{n}", n=p.full()),
        g.r("ADR;TYPE=home:;;{st};{c};;{pc};{cc}", st=p.street(), c=p.city(), pc=p.postcode(), cc=p.countryname()),
        g.r("TEL;TYPE=cell:{m}", m=p.mobile()),
        g.r("EMAIL:{e}", e=p.email()),
        "END:VCARD",
    )


def vc_2(g):
    p = g.staff()
    return g.lines(
        "BEGIN:VCARD", "VERSION:4.0",
        g.r("FN:{n}", n=p.full()),
        g.r("N:{s};{f};;;", s=p.sur(), f=p.given()),
        g.r("ORG:Talgrat Outdoor;{st}", st=g.store()),
        g.r("TEL;VALUE=uri;TYPE=work:tel:{m}", m=p.e164()),
        g.r("EMAIL;TYPE=work:{e}", e=p.email()),
        "END:VCARD",
    )


def vc_3(g):
    o = g.staff()
    ats = [g.person() for _ in range(g.n(1, 3))]
    rows = ["BEGIN:VCALENDAR", "BEGIN:VEVENT",
            g.r("SUMMARY:{s}", s=g.t(lbl(g, "[[Boot fitting|Repair hand-over|Trial shift]]", "[[Schuhanpassung|Reparaturübergabe|Probearbeit]]"))),
            g.r("DTSTART:{d}", d=g.iso_date().replace("-", "") + "T%02d0000" % g.n(8, 17)),
            g.r("ORGANIZER;CN={n}:mailto:{e}", n=o.full(), e=o.email())]
    for a in ats:
        rows.append(g.r("ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT:mailto:{e}", n=a.full(), e=a.email()))
    rows += ["END:VEVENT", "END:VCALENDAR"]
    return g.lines(*rows)


def vc_4(g):
    p = g.person()
    return g.lines(
        "BEGIN:VCARD", "VERSION:2.1",
        g.r("N:{s};{f}", s=p.sur(), f=p.given()),
        g.r("TEL;HOME;VOICE:{ph}", ph=p.landline()),
        g.r("[?TEL;CELL:{m}\n?]EMAIL;INTERNET:{e}", m=p.mobile(), e=p.email()),
        g.r("NOTE:{n}", n=g.t(lbl(g, "[[repair customer|loyalty member]]", "[[Reparaturkunde|Clubmitglied]]"))),
        "END:VCARD",
    )


# ---------------------------------------------------------------------------
# ocr_form
# ---------------------------------------------------------------------------

def oc_1(g):
    p = g.person()
    L = lambda en, d: noise(g, lbl(g, en, d))
    return g.lines(
        L("RETURN FORM", "RÜCKSENDESCHEIN"),
        g.r("{l}: {n}", l=L("Name", "Name"), n=[p.full(), p.caps()][g.n(0, 1)]),
        g.r("{l}: {st}", l=L("Street", "Straße"), st=p.street()),
        g.r("{l}: {pc} {c}", l=L("Postcode/Town", "PLZ/Ort"), pc=p.postcode(), c=p.city()),
        g.r("{l}: {o}", l=L("Order no.", "Bestellnr."), o=g.order_no()),
        g.r("[?{l}: {c}?]", l=L("Card used", "Bezahlt mit Karte"), c=p.card()),
        g.r("{l}: [[too small|faulty|changed my mind]]", l=L("Reason", "Grund")) if not de(g) else
        g.r("{l}: [[zu klein|defekt|gefällt nicht]]", l=L("Reason", "Grund")),
    )


def oc_2(g):
    p = g.person(country=g.country if g.country in C.IBAN_COUNTRIES else "DE")
    L = lambda en, d: noise(g, lbl(g, en, d))
    return g.lines(
        L("SEPA Direct Debit Mandate", "SEPA-Lastschriftmandat"),
        g.r("{l}: {n}", l=L("Account holder", "Kontoinhaber"), n=p.full()),
        g.r("{l}: {ad}", l=L("Address", "Anschrift"), ad=p.addr1()),
        g.r("IBAN: {ib}", ib=p.iban()),
        g.r("{l}: {c}, {d}", l=L("Place, date", "Ort, Datum"), c=p.city(), d=g.date(fmt="num")),
    )


@fix("DE")
def oc_3(g):
    p = g.person(country="DE")
    L = lambda en, d: noise(g, lbl(g, en, d))
    return g.lines(
        L("Personnel questionnaire (German payroll)", "Personalfragebogen"),
        g.r("{l}: {s}", l=L("Surname", "Familienname"), s=p.sur()),
        g.r("{l}: {f}", l=L("First name", "Vorname"), f=p.given()),
        g.r("{l}: {dob}", l=L("Date of birth", "Geburtsdatum"), dob=g.dob()),
        g.r("{l}: {t}", l=L("Tax ID (Steuer-ID)", "Steuer-ID"), t=p.taxid()),
        g.r("{l}: {ib}", l=L("Salary account (IBAN)", "IBAN Gehaltskonto"), ib=p.iban()),
        g.r("[?{l}: {m}?]", l=L("Mobile", "Mobil"), m=p.mobile()),
    )


def oc_4(g):
    p = g.person()
    L = lambda en, d: noise(g, lbl(g, en, d))
    return g.lines(
        L("WARRANTY CARD", "GARANTIEKARTE"),
        g.r("{l}: {pr}", l=L("Product", "Produkt"), pr=g.product()),
        g.r("{l}: {d}", l=L("Purchased", "Kaufdatum"), d=g.date(fmt="num")),
        g.r("{l}: {n}", l=L("Owner", "Besitzer/in"), n=[p.full(), p.caps()][g.n(0, 1)]),
        g.r("{l}: {e}", l=L("E-mail", "E-Mail"), e=p.email()),
    )


# ---------------------------------------------------------------------------
# graphql_response (new)
# ---------------------------------------------------------------------------

def gq_1(g):
    p = g.person()
    return g.lines(
        "query { customer(id: \"gid://shop/Customer/" + g.safe_digits(9, True) + "\") { firstName lastName email phone defaultAddress { address1 zip city } } }",
        "---",
        g.r('{"data": {"customer": {"firstName": "{f}", "lastName": "{s}", "email": "{e}", "phone": "{ph}", '
            '"defaultAddress": {"address1": "{st}", "zip": "{pc}", "city": "{c}"}}}}',
            f=p.given(), s=p.sur(), e=p.email(), ph=p.e164(), st=p.street(), pc=p.postcode(), c=p.city()),
    )


def gq_2(g):
    p = g.person()
    return g.lines(
        "mutation UpdateAddress($input: AddressInput!) { customerAddressUpdate(input: $input) { userErrors { field message } } }",
        "variables:",
        "{",
        g.r('  "input": {', ),
        g.r('    "name": "{n}",', n=p.full()),
        g.r('    "address1": "{st}",', st=p.street()),
        g.r('    "zip": "{pc}",\n    "city": "{c}"', pc=p.postcode(), c=p.city()),
        "  }",
        "}",
        'response: {"data": {"customerAddressUpdate": {"userErrors": ' + g.pick(['[]', '[{"field": "zip", "message": "invalid"}]']) + '}}}',
    )


def gq_3(g):
    p = g.person()
    return g.r('{"errors": [{"message": "[[Email has already been taken|Phone is invalid]]", "path": ["customerCreate"], '
               '"extensions": {"code": "BAD_USER_INPUT", "clientIp": "{ip}", "input": {"email": "{e}", "phone": "{ph}", '
               '"lastName": "{s}"}}}], "data": null}', e=p.email(), ph=p.phone(), s=p.sur(), ip=g.ip())


def gq_4(g):
    ps = [g.staff() for _ in range(g.n(2, 3))]
    rows = ['{"data": {"staffMembers": {"nodes": [']
    for i, p in enumerate(ps):
        rows.append(g.r('  {"name": "{n}", "email": "{e}", "locations": ["{st}"]}' + ("," if i < len(ps) - 1 else ""),
                        n=p.full(), e=p.email(), st=g.store()))
    rows.append("]}}}")
    return g.lines(*rows)


# ---------------------------------------------------------------------------
# event_stream (new)
# ---------------------------------------------------------------------------

def ev_1(g):
    rows = []
    off = g.n(10000, 90000)
    for _ in range(g.n(2, 3)):
        p = g.person()
        off += g.n(1, 40)
        if g.chance(0.3):
            rows.append(g.r("payment.failed | p{pt} | off {o} | key=ord_{k} | {\"holder\": \"{h}\", \"pan\": \"{c}\", \"ip\": \"{ip}\"}",
                            pt=str(g.n(0, 11)), o=str(off), k=g.safe_digits(6, True), h=p.caps(), c=p.card(), ip=g.ip()))
        else:
            rows.append(g.r("customer.updated | p{pt} | off {o} | key=cus_{k} | {\"email\": \"{e}\", \"phone\": \"{ph}\"}",
                            pt=str(g.n(0, 11)), o=str(off), k=g.safe_digits(6, True), e=p.email(), ph=p.phone()))
    return g.lines(*rows)


def ev_2(g):
    p = g.person()
    return g.r('{\n  "specversion": "1.0",\n  "type": "com.talgrat.[[order.created|return.registered|loyalty.joined]]",\n'
               '  "source": "/shop/{st}",\n  "id": "{id}",\n  "time": "{t}",\n  "data": {\n    "[[name|customerName|fullName]]": "{n}",\n'
               '    "email": "{e}",[?\n    "phone": "{ph}",?]\n    "[[ip|clientIp]]": "{ip}"\n  }\n}', ph=p.phone(), st=g.store().lower(), id=g.safe_digits(8, True), t=g.iso_ts(),
               n=p.full(), e=p.email(), ip=g.ip())


def ev_3(g):
    rows = []
    for _ in range(g.n(2, 3)):
        p = g.person()
        rows.append(g.r('XADD signups * first "{f}" last "{s}" email "{e}" ip "{ip}"', f=p.given(), s=p.sur(), e=p.email(), ip=g.ip()))
    rows.append('"1' + g.safe_digits(12) + '-0"' if g.chance(0.6) else "OK")
    return g.lines(*rows)


def ev_4(g):
    rows = []
    for _ in range(g.n(2, 3)):
        p = g.person()
        kind = g.pick(["address", "phone"])
        if kind == "address":
            rows.append(g.r('{"ts": "{t}", "type": "address_changed", "customer": "{n}", "street": "{st}"}',
                            t=g.iso_ts(), n=[p.full(), p.lf()][g.n(0, 1)], st=p.street()))
        else:
            rows.append(g.r('{"ts": "{t}", "type": "phone_changed", "customer": "{n}", "phone": "{ph}"}',
                            t=g.iso_ts(), n=[p.full(), p.lf()][g.n(0, 1)], ph=p.phone()))
    return g.lines(*rows)


# ---------------------------------------------------------------------------
# search_index_doc (new)
# ---------------------------------------------------------------------------

def si_1(g):
    rows = ['{"took": ' + str(g.n(2, 40)) + ', "hits": {"total": {"value": ' + str(g.n(1, 9)) + '}, "hits": [']
    ps = [g.person() for _ in range(g.n(1, 2))]
    for i, p in enumerate(ps):
        rows.append(g.r('  {"_index": "customers-v3", "_id": "{id}", "_source": {"full_name": "{n}", "email": "{e}", '
                        '"street": "{st}", "city": "{c}", "phone": "{ph}"}}' + ("," if i < len(ps) - 1 else ""),
                        id=g.safe_digits(7, True), n=p.full(), e=p.email(), st=p.street(), c=p.city(), ph=p.phone()))
    rows.append("]}}")
    return g.lines(*rows)


def si_2(g):
    p = g.person()
    return g.lines(
        "<doc>",
        g.r('  <field name="id">{id}</field>', id=g.safe_digits(7, True)),
        g.r('  <field name="surname_s">{s}</field>', s=p.sur()),
        g.r('  <field name="given_s">{f}</field>', f=p.given()),
        g.r('  <field name="street_t">{st}</field>', st=p.street()),
        g.r('  <field name="email_s">{e}</field>', e=p.email()),
        g.r('[?  <field name="phone_s">{ph}</field>?]', ph=p.phone()),
        g.r('[?  <field name="updated_dt">{ts}</field>?]', ts=g.iso_ts()),
        "</doc>",
    )


def si_3(g):
    p = g.person()
    return g.r('{"objectID": "{id}", "[[displayName|name|customer]]": "{n}", "email": "{e}", "lastOrder": "{o}", '
               '"_tags": ["[[vip|repair|newsletter|club]]"][?, "city": "{c}"?]}', c=p.city(),
               id=g.safe_digits(8, True), n=[p.full(), p.gi()][g.n(0, 1)], e=p.email(), o=g.order_no())


def si_4(g):
    rows = []
    for _ in range(g.n(2, 3)):
        p = g.person()
        rows.append('{"index": {"_index": "reviews", "_id": "' + g.safe_digits(6, True) + '"}}')
        rows.append(g.r('{"author": "{n}", "author_email": "{e}", "rating": [[5|4|3]], "ip": "{ip}"}',
                        n=[p.full(), p.gi(), p.ini()][g.n(0, 2)], e=p.email(), ip=g.ip()))
    return g.lines(*rows)


# ---------------------------------------------------------------------------
# payroll_export (new)
# ---------------------------------------------------------------------------

def pe_1(g):
    rows = [lbl(g, "staff_no;surname;first_name;iban;amount;reference", "Pers.-Nr.;Name;Vorname;IBAN;Betrag;Verwendungszweck")]
    for _ in range(g.n(2, 4)):
        p = g.staff()
        rows.append(g.r("{n};{s};{f};{ib};{a};{ref}", n=g.safe_digits(5, True), s=p.sur(), f=p.given(), ib=p.iban(),
                        a=str(g.n(1200, 3900)) + ("," if de(g) else ".") + g.pick(["00", "50", "17", "83"]),
                        ref=lbl(g, "Salary ", "Gehalt ") + g.pick(C.MONTHS_EN if not de(g) else C.MONTHS_DE)))
    return g.lines(*rows)


def pe_2(g):
    rows = []
    for _ in range(g.n(2, 4)):
        p = g.staff()
        name = p.LF()
        pad = " " * max(1, 28 - len(name.value))
        rows.append(g.r("{n}  {nm}" + pad + "{ib}  {a}", n=g.safe_digits(5, True), nm=name, ib=p.iban(),
                        a=str(g.n(1200, 3900)) + "," + g.pick(["00", "50", "17", "83"])))
    return g.lines(lbl(g, "PAYROLL TRANSFER FILE", "LOHNÜBERWEISUNG DATEI") + " " + g.iso_date(), *rows)


@fix("DE")
def pe_3(g):
    rows = [lbl(g, "staff_no;name;tax_id;tax_class;gross", "Pers.-Nr.;Name, Vorname;Steuer-ID;Steuerklasse;Brutto")]
    for _ in range(g.n(2, 4)):
        p = g.staff()
        rows.append(g.r('{n};"{nm}";{t};{k};{b}', n=g.safe_digits(5, True), nm=p.lf(), t=p.taxid(), k=g.pick(["I", "III", "IV", "V"]),
                        b=str(g.n(1800, 5200)) + ",00"))
    return g.lines(*rows)


def pe_4(g):
    rows = ["Beneficiary,IBAN,Amount,Reference"]
    for _ in range(g.n(2, 3)):
        p = g.staff()
        rows.append(g.r('"{nm}",{ib},{a},{ref}', nm=p.full(), ib=p.iban(), a=str(g.n(50, 900)) + ".00",
                        ref=g.t(lbl(g, "[[Expenses|Travel refund|Bonus]]", "[[Spesen|Reisekosten|Prämie]]")) + " " + g.safe_digits(4, True)))
    return g.lines(*rows)


# ---------------------------------------------------------------------------
# carrier_api_request (new)
# ---------------------------------------------------------------------------

def ca_1(g):
    p = g.person()
    return g.r('POST /v2/shipments\n{\n  "shipper": {"name": "Talgrat Outdoor", "city": "Kempten"},\n  "consignee": {\n'
               '    "name": "{n}",\n    "street": "{st}",\n    "postalCode": "{pc}",\n    "city": "{c}",\n    "country": "{cc}",\n'
               '    "phone": "{ph}",\n    "email": "{e}"\n  },\n  "parcels": [{"weightKg": {w}}]\n}',
               n=p.full(), st=p.street(), pc=p.postcode(), c=p.city(), cc=p.country, ph=p.phone(), e=p.email(),
               w="%.1f" % (g.n(3, 90) / 10))


def ca_2(g):
    p = g.person()
    return g.lines(
        "<ShipmentRequest>",
        "  <Receiver>",
        g.r("    <Name1>{n}</Name1>", n=p.full()),
        g.r("    <Street>{st}</Street>", st=p.street()),
        g.r("    <Zip>{pc}</Zip><City>{c}</City>", pc=p.postcode(), c=p.city()),
        g.r("    <Mail>{e}</Mail>", e=p.email()),
        "  </Receiver>",
        g.r("  <Reference>{o}</Reference>", o=g.order_no()),
        "</ShipmentRequest>",
    )


def ca_3(g):
    p = g.person()
    return g.r("curl -X POST https://api.carrier.example/labels \\\n  -H 'Content-Type: application/json' \\\n"
               "  -d '{\"to\": {\"name\": \"{n}\", \"address1\": \"{st}\", \"zip\": \"{pc}\", \"phone\": \"{ph}\"}, \"service\": "
               "\"[[express|standard|economy]]\"}'", n=p.full(), st=p.street(), pc=p.postcode(), ph=p.phone())


def ca_4(g):
    p = g.person()
    return g.r('{"status": "created", "trackingNumber": "{t}", "labelUrl": "/labels/{id}.pdf", '
               '"warnings": [{"code": "ADDRESS_AMBIGUOUS", "field": "street", "value": "{st}"}], '
               '"notify": {"email": "{e}", "sms": "{ph}"}}', t=g.parcel_no(), id=g.safe_digits(8, True), st=p.street(),
               e=p.email(), ph=p.e164())


# ---------------------------------------------------------------------------
# merge_preview (new)
# ---------------------------------------------------------------------------

def mp_1(g):
    p = g.person()
    return g.lines(
        g.r("{l}: {e}", l=lbl(g, "Preview for", "Vorschau für"), e=p.email()),
        g.r("{l}: {f}, {s}", l=lbl(g, "Subject", "Betreff"), f=p.given(),
            s=g.t(lbl(g, "[[your Kaltkar is waiting|your repair is ready|20 % off for members]]",
                      "[[deine Kaltkar wartet|deine Reparatur ist fertig|20 % für Mitglieder]]"))),
        "---",
        g.r("{hi} {f},", hi=lbl(g, "Hi", "Hallo"), f=p.given()),
        g.t(lbl(g, "[[the jacket in your basket is almost sold out.|your points expire at the end of the month.]]",
                "[[die Jacke in deinem Warenkorb ist fast ausverkauft.|deine Punkte verfallen zum Monatsende.]]")),
        g.r("[?{l}: {n}?]", l=lbl(g, "Member", "Mitglied"), n=g.safe_digits(7, True)),
    )


def mp_2(g):
    p = g.person()
    return g.lines(
        lbl(g, "Template:", "Vorlage:"),
        lbl(g, "  Hi {{ first_name }}, your {{ product }} ships to {{ street }}.",
            "  Hallo {{ first_name }}, dein Paket ({{ product }}) geht an {{ street }}."),
        lbl(g, "Sample data:", "Testdaten:"),
        g.r('  {"first_name": "{f}", "product": "{pr}", "street": "{st}"}', f=p.given(), pr=g.product_short(), st=p.street()),
        lbl(g, "Rendered:", "Ergebnis:"),
        g.r(lbl(g, "  Hi {f}, your {pr} ships to {st}.", "  Hallo {f}, dein Paket ({pr}) geht an {st}."), f=p.given(),
            pr=g.product_short(), st=p.street()),
    )


def mp_3(g):
    rows = []
    s = g.staff()
    for _ in range(g.n(2, 3)):
        p = g.person()
        rows.append(g.r("{ts} test send to {se} as {n} <{e}> – [[ok|ok|bounced]]", ts=g.ts(), se=s.email(),
                        n=[p.full(), p.lf()][g.n(0, 1)], e=p.email()))
    return g.lines(*rows)


def mp_4(g):
    p = g.person()
    return g.lines(
        g.r("SMS {l}", l=lbl(g, "preview", "Vorschau")),
        g.r("{l}: {ph}", l=lbl(g, "To", "An"), ph=p.e164()),
        g.r(lbl(g, "Text: Hi {f}, your order {o} is ready to collect in {st}. Reply STOP to opt out.",
                "Text: Hallo {f}, deine Bestellung {o} liegt in {st} zur Abholung bereit. STOPP zum Abmelden."),
            f=p.given(), o=g.order_no(), st=g.store()),
        g.r("{l}: [[1|2]]", l=lbl(g, "Segments", "Segmente")),
    )


LAYOUT = {
    "lead_csv": [lc_1, lc_2, lc_3, lc_4, lc_5],
    "json_record": [jr_1, jr_2, jr_3, jr_4, jr_5],
    "mail_header": [mh_1, mh_2, mh_3, mh_4],
    "html_form": [hf_1, hf_2, hf_3, hf_4],
    "vcard_ical": [vc_1, vc_2, vc_3, vc_4],
    "ocr_form": [oc_1, oc_2, oc_3, oc_4],
    "graphql_response": [gq_1, gq_2, gq_3, gq_4],
    "event_stream": [ev_1, ev_2, ev_3, ev_4],
    "search_index_doc": [si_1, si_2, si_3, si_4],
    "payroll_export": [pe_1, pe_2, pe_3, pe_4],
    "carrier_api_request": [ca_1, ca_2, ca_3, ca_4],
    "merge_preview": [mp_1, mp_2, mp_3, mp_4],
}
