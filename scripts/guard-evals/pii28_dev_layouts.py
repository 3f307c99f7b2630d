"""Machine-layout genres of dev28 (both languages; field names follow the text's language)."""

import pii28_dev_core as K
from pii28_dev_core import render as R, join as J, Val

REG = {}


def T(genre):
    def deco(fn):
        REG.setdefault(genre, []).append(fn)
        return fn
    return deco


def q(c, s):
    """A plain string in CSV quotes when it holds a comma."""
    return '"%s"' % s if "," in s else s


# ================================================================ lead_csv
@T("lead_csv")
def lead_csv_1(c):
    hdr = c.L("id,last_name,first_name,email,phone,city,opt_in", "id,nachname,vorname,email,telefon,ort,optin")
    rows = []
    for i in range(c.n(2, 7)):
        p = c.person()
        rows.append(R(c, "{i},{p.sur},{p.first},{p.email},[[{p.phone}|{p.mobile}|]],{city},[[yes|no|1|0]]",
                      p=p, i=str(c.n(10400, 99999)), city=q(c, p.get("town", None, c))))
    return J("\n", [hdr] + rows)


@T("lead_csv")
def lead_csv_2(c):
    hdr = c.L('"Contact","Company","E-mail","Source","Added"', '"Kontakt","Firma","E-Mail","Quelle","Angelegt"')
    rows = []
    for i in range(c.n(2, 6)):
        p = c.person()
        co = c.company() if c.chance(0.5) else ""
        form = c.pick("lf", "lf", "LF", "full")
        rows.append(R(c, '"{nm}","{co}","{p.email}","{src}","{d}"', p=p, nm=p.get(form, None, c), co=co,
                      src=c.pick(c.L("trade fair", "Messe"), "newsletter", c.L("store", "Filiale"), "web"), d=c.date_str(fmt="iso")))
    return J("\n", [hdr] + rows)


@T("lead_csv")
def lead_csv_3(c):
    hdr = c.L("Title;First name;Last name;Street;Postcode;Town;Phone;Customer no.",
              "Anrede;Vorname;Nachname;Straße;PLZ;Ort;Telefon;Kundennr.")
    rows = []
    for i in range(c.n(2, 6)):
        p = c.person(cc=c.home_cc())
        a = p.address()
        rows.append(R(c, "{h};{p.first};{p.sur};{p.street};{z};{t};{ph};{k}", p=p, h=p.get("hon", None, c),
                      z=a.get("zip", None, c), t=a.town, ph=[p.get("phone", None, c)] if c.chance(0.8) else "",
                      k=c.safe(lambda: "K%07d" % c.n(1, 9999999))))
    return J("\n", [hdr] + rows)


@T("lead_csv")
def lead_csv_4(c):
    hdr = c.L("signup_ts\tname\temail\tsignup_ip\tlist", "anmeldung\tname\temail\tip\tliste")
    rows = []
    for i in range(c.n(2, 7)):
        p = c.person()
        ip = c.ip(c.pick("pub", "pub", "doc")) if c.chance(0.7) else c.ip6("glob")
        rows.append(R(c, "{t}\t{nm}\t{p.email}\t{ip}\t{l}", p=p, t=c.ts("log", 30, 20000), nm=p.get(c.pick("LF", "lf", "full", "caps"), None, c),
                      ip=ip, l=c.pick("newsletter", "trail-club", c.L("events", "events"), "b2b")))
    return J("\n", [hdr] + rows)


@T("lead_csv")
def lead_csv_5(c):
    fair = c.pick("OutDoor by ISPO", "ISPO Munich", "Alpinmesse Innsbruck", "Kendal Mountain Festival", "Trail Days")
    hdr = c.L("scan|name|company|e-mail|mobile|note", "scan|name|firma|e-mail|mobil|notiz")
    rows = []
    for i in range(c.n(2, 6)):
        p = c.person()
        note = c.pick(c.L("wants catalogue", "Katalog gewünscht"), c.L("call back re club order", "Rückruf Vereinsbestellung"),
                      c.L("dealer enquiry", "Händleranfrage"), "-", c.L("demo Firstwand", "Demo Firstwand"))
        rows.append(R(c, "{s}|{p.full}|{co}|{p.email}|{m}|{note}", p=p, s="%04d" % c.n(1, 9999),
                      co=c.company() if c.chance(0.6) else "-", m=[p.get("mobile", None, c)] if c.chance(0.75) else "", note=note))
    return J("\n", ["# " + fair + " – " + c.date_str(fmt="iso"), hdr] + rows)


# ================================================================ json_record
@T("json_record")
def json_record_1(c):
    p = c.person()
    return R(c, """{
  "customerId": "{cid}",
  "name": {"first": "{p.first}", "last": "{p.sur}"},
  "email": "{p.email}",
  "phone": "{p.phone}",[[
  "birthDate": "{dob}",|]]
  "address": {
    "street": "{p.street}",
    "postalCode": "{p.zip}",
    "city": "{p.town}",
    "country": "{cc}"
  },
  "marketingConsent": [[true|false]],
  "lastLoginIp": "{ip}"
}""", p=p, cid=c.safe(lambda: "C-%08d" % c.n(1, 99999999)), dob=c.date_str(c.n(1950, 2005), fmt="iso"),
             cc=p.address().cc, ip=c.ip() if c.chance(0.6) else c.ip6())


@T("json_record")
def json_record_2(c):
    p = c.person(cc="DE" if (c.de or c.chance(0.6)) else None, bank=True)
    return R(c, """# {h}
member:
  id: {mid}
  name: "{p.full}"
  email: {p.email}
  mobile: "{p.mobile}"
  street: "{p.street}"
  postcode: "{p.zip}"
  tier: {tier}
  payout_iban: "{p.iban}"{tx}
  joined: {d}""", p=p, h=c.L("loyalty export", "Bonusprogramm-Export"), mid=str(c.n(100000, 999999)),
             tier=c.pick("summit", "ridge", "base"), d=c.date_str(fmt="iso"),
             tx=R(c, '\n  steuer_id: "{p.taxid}"', p=p) if (p.cc == "DE" and c.chance(0.8)) else "")


@T("json_record")
def json_record_3(c):
    p = c.person()
    return R(c, """<?xml version="1.0" encoding="UTF-8"?>
<customer id="{cid}">
  <givenName>{p.first}</givenName>
  <familyName>{p.sur}</familyName>
  <email>{p.email}</email>
  <telephone>{p.phone}</telephone>
  <postalAddress>
    <street>{p.street}</street>
    <postcode>{p.zip}</postcode>
    <locality>{p.town}</locality>
  </postalAddress>
</customer>""", p=p, cid=str(c.n(100000, 9999999)))


@T("json_record")
def json_record_4(c):
    p = c.person()
    card_line = R(c, '\n  "debug_raw_pan": "{card}",', card=c.card(sep="")) if c.chance(0.4) else ""
    return R(c, """{
  "event": "order.created",
  "order": "{o}",
  "billing": {"name": "{p.full}", "email": "{p.email}", "line1": "{p.street}", "zip": "{p.zip}"},
  "payment": {"brand": "{br}", "last4": "{l4}"},{cl}
  "client_ip": "{ip}",
  "items": [{"sku": "{sku}", "qty": {qty}, "price": {pr}}]
}""", p=p, o=c.order_no(), br=c.pick("visa", "mastercard", "amex"), l4="%04d" % c.n(0, 9999), cl=card_line,
             ip=c.ip(c.pick("pub", "doc")) if c.chance(0.7) else c.ip6(), sku=c.sku(), qty=str(c.n(1, 3)),
             pr=c.pick("89.95", "129.95", "349.95", "24.95"))


@T("json_record")
def json_record_5(c):
    items = []
    for i in range(c.n(2, 3)):
        s = c.staff()
        r = c.rng.random()
        if r < 0.35 and s.cc == "DE":
            extra = R(c, ', "steuer_id": "{s.taxid}"', s=s)
        elif r < 0.65 and s.cc != "US":
            extra = R(c, ', "iban": "{s.iban}"', s=s)
        else:
            extra = ""
        items.append(R(c, '  {"first_name": "{s.first}", "last_name": "{s.sur}", "store": "{st}", "mobile": "{s.mobile}", "mail": "{s.email}"{x}}',
                       s=s, st=c.store(), x=extra))
    return J("\n", ["[", J(",\n", items), "]"])


# ================================================================ server_log
@T("server_log")
def server_log_1(c):
    lines = []
    paths = ["/newsletter/confirm?email={m}", "/account/login", "/cart", "/api/v2/wishlist?user={m}", "/checkout/complete",
             "/de/produkte/firstwand", "/en/products/kaltkar", "/account/password-reset?email={m}", "/static/app.js"]
    for i in range(c.n(3, 8)):
        p = c.person()
        path = c.pick(paths)
        ip = c.ip(c.pick("pub", "pub", "doc")) if c.chance(0.75) else c.ip6("glob")
        mp = p.get("email", None, c)
        if "{m}" in path:
            a, b = path.split("{m}")
            pth = [a, mp, b]
        else:
            pth = path
        lines.append(R(c, '{ip} - - [{t}] "{meth} {pth} HTTP/1.1" {st} {sz} "-" "{ua}"', ip=ip, t=c.ts("clf", 1, 90),
                       meth=c.pick("GET", "GET", "POST"), pth=pth, st=c.pick("200", "200", "302", "404"), sz=str(c.n(120, 48000)),
                       ua=c.pick("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "curl/8.5.0")))
    return J("\n", lines)


@T("server_log")
def server_log_2(c):
    lines = []
    for i in range(c.n(3, 7)):
        p = c.person()
        k = c.n(0, 3)
        if k == 0:
            lines.append(R(c, '{t} INFO  checkout.completed order={o} customer="{p.full}" email={p.email} ip={ip}', t=c.ts("log"), o=c.order_no(), p=p, ip=c.ip()))
        elif k == 1:
            lines.append(R(c, '{t} WARN  address.validation failed street="{p.street}" customer_id={cid}', t=c.ts("log"), p=p, cid=str(c.n(10000, 999999))))
        elif k == 2:
            lines.append(R(c, '{t} INFO  sms.otp sent to={p.mobile} user={p.email}', t=c.ts("log"), p=p))
        else:
            lines.append(R(c, '{t} ERROR profile.update name="{p.full}" phone="{p.phone}" reason=[[timeout|db_lock|validation]]', t=c.ts("log"), p=p))
    return J("\n", lines)


@T("server_log")
def server_log_3(c):
    lines = []
    host = c.pick("mail01", "mx2", "relay-fra")
    for i in range(c.n(3, 7)):
        p = c.person()
        qid = "".join(c.rng.choice("0123456789ABCDEF") for _ in range(10))
        lines.append(R(c, "{t} {h} postfix/smtp[{pid}]: {qid}: to=<{p.email}>, relay={rel}[{ip}]:25, delay={d}, status={st}",
                       t=c.ts("syslog", 1, 120), h=host, pid=str(c.n(1000, 39999)), qid=qid, p=p,
                       rel=c.pick("mx00.gmx.net", "mx.web.de", "aspmx.l.google.com", "mx1.bluewin.ch", "mail.eircom.net"),
                       ip=c.ip("pub"), d="%.1f" % (c.n(1, 90) / 10), st=c.pick("sent (250 OK)", "sent (250 2.0.0 queued)", "bounced (user unknown)", "deferred (421 try later)")))
    return J("\n", lines)


@T("server_log")
def server_log_4(c):
    lines = []
    for i in range(c.n(3, 6)):
        s = c.staff()
        ok = c.chance(0.7)
        lines.append(R(c, "{t} sso[{pid}]: {res} user={s.email} src={ip} method={m}", t=c.ts("syslog", 5, 900), pid=str(c.n(200, 9999)),
                       res="login ok" if ok else "login FAILED", s=s, ip=c.ip(c.pick("pub", "priv", "doc")) if c.chance(0.8) else c.ip6(),
                       m=c.pick("password+totp", "password", "passkey")))
    if c.chance(0.6):
        lines.append(R(c, "{t} sso[{pid}]: lockout user={s.email} after 5 failures", t=c.ts("syslog", 5, 60), pid=str(c.n(200, 9999)), s=c.staff()))
    return J("\n", lines)


@T("server_log")
def server_log_5(c):
    p = c.person()
    lines = [R(c, "{t} [payments] INFO  authorise order={o} amount={a} card=**** **** **** {l4}", t=c.ts("log"), o=c.order_no(), a=c.price(), l4="%04d" % c.n(0, 9999)),
             R(c, "{t} [payments] DEBUG 3ds challenge sent to {p.email} ip={ip}", t=c.ts("log"), p=p, ip=c.ip()),
             R(c, '{t} [payments] ERROR gateway 502, raw request logged: {"pan":"{card}","holder":"{p.caps}"}', t=c.ts("log"), card=c.card(sep=""), p=p)]
    if c.chance(0.5):
        lines.append(R(c, "{t} [payments] INFO  retry ok, masked log rotated by {s.email}", t=c.ts("log"), s=c.staff()))
    return J("\n", lines)


# ================================================================ mail_header
@T("mail_header")
def mail_header_1(c):
    p = c.person()
    s = c.staff()
    return R(c, """Return-Path: <{p.email}>
Received: from [{ip}] ([{ip}])
        by mx.talgrat.com with ESMTPSA; {d}
From: "{p.full}" <{p.email}>
To: {s.email}
Subject: [[Re: |AW: |]]{subj}
Date: {d}
X-Originating-IP: [{ip}]
MIME-Version: 1.0""", p=p, s=s, ip=c.ip("pub"), d=c.ts("rfc"),
             subj=c.pick(c.L("Parking charge at your store", "Parkgebühr Filiale"), c.L("My account is locked", "Konto gesperrt"),
                         c.L("Job offer – signed copy", "Arbeitsvertrag unterschrieben"), c.L("Store credit note", "Gutschrift")))


@T("mail_header")
def mail_header_2(c):
    p = c.person(cc=c.home_cc())
    s = c.staff()
    body = c.L("Please see below – can someone in {st} pick this up?", "Siehe unten – kann das jemand in {st} übernehmen?")
    return R(c, body + """

---------- {fw} ---------
{fr}: {p.full} <{p.email}>
Date: {d}
Subject: {subj}
To: {to}

{line}""", st=c.store(), fw=c.L("Forwarded message", "Weitergeleitete Nachricht"), fr=c.L("From", "Von"), p=p, d=c.ts("rfc"),
             subj=c.L("Noise from your delivery yard", "Lärm vom Lieferhof"), to=c.role_mail(c.L("service", "service")),
             line=R(c, c.L("The lorries arrive before 6 am again. I live at {p.addr}.", "Die Lkw kommen wieder vor 6 Uhr. Ich wohne {p.addr}."), p=p))


@T("mail_header")
def mail_header_3(c):
    p = c.person()
    s = c.staff()
    s2 = c.staff()
    return R(c, """{von}: {p.full} <{p.email}>
{ges}: {d}
{an}: {s.full} <{s.email}>
Cc: {s2.email}; {hr}
{bet}: {subj}

{s.hi},
{line}""", von=c.L("From", "Von"), ges=c.L("Sent", "Gesendet"), an=c.L("To", "An"), bet=c.L("Subject", "Betreff"),
             p=p, s=s, s2=s2, d=c.date_str(fmt="long") + " " + c.time_str(), hr=c.role_mail(c.L("hr", "personal")),
             subj=c.L("Internship – confirmation", "Praktikum – Bestätigung"),
             line=R(c, c.L("my mobile is {p.mobile} if anything changes.", "meine Handynummer ist {p.mobile}, falls sich etwas ändert."), p=p))


@T("mail_header")
def mail_header_4(c):
    p = c.person()
    return R(c, """From: [[Mail Delivery System|Mail Delivery Subsystem|Postmaster]] <{md}>
To: {nr}
Subject: [[Undelivered Mail Returned to Sender|Delivery Status Notification (Failure)|Returned mail: see transcript for details]]

Reporting-MTA: dns; [[mx.talgrat.com|mail01.talgrat.de|relay-fra.talgrat.com]]
Final-Recipient: rfc822; {p.email}
Action: failed
Status: [[5.1.1|5.2.2|5.7.1]]
Diagnostic-Code: smtp; [[550 5.1.1 <{p.email}>: Recipient address rejected|552 5.2.2 <{p.email}>: Mailbox full|550 5.7.1 <{p.email}>: Message rejected as spam]][[
Remote-MTA: dns; [{ip}]|
Last-Attempt-Date: {d}|]]""", d=c.ts("rfc"), md=c.mail_to("MAILER-DAEMON", "mx.talgrat.com"), nr=c.role_mail("noreply"), p=p, ip=c.ip("pub"))


@T("mail_header")
def mail_header_5(c):
    p = c.person()
    others = [c.person() for _ in range(c.n(1, 3))]
    cc = J(", ", [R(c, '"{o.full}" <{o.email}>', o=o) for o in others])
    return R(c, """From: {p.full} <{p.email}>
Reply-To: {p.email}
To: {press}
Cc: {cc}
Date: {d}
Subject: {subj}
X-Sender-IP: {ip}""", p=p, press=c.role_mail(c.L("press", "presse")), cc=cc, d=c.ts("rfc"), ip=c.ip6() if c.chance(0.4) else c.ip(),
             subj=c.L("Request for comment – store closures", "Presseanfrage – Filialschließungen"))


# ================================================================ html_form
@T("html_form")
def html_form_1(c):
    p = c.person()
    return R(c, """<form action="/{act}" method="post">
  <input type="text" name="firstname" value="{p.first}">
  <input type="text" name="lastname" value="{p.sur}">
  <input type="email" name="email" value="{p.email}">
  <input type="tel" name="phone" value="{p.phone}">
  <textarea name="message">{msg}</textarea>
  <button type="submit">{btn}</button>
</form>""", act=c.pick("contact", "kontakt", "press", "appeal"), p=p,
             msg=c.pick(c.L("Please call me back about my store credit.", "Bitte ruft mich wegen meiner Gutschrift zurück."),
                        c.L("I cannot log in since Tuesday.", "Ich komme seit Dienstag nicht mehr in mein Konto."),
                        c.L("Question about an internship in summer.", "Frage zu einem Praktikum im Sommer.")),
             btn=c.L("Send", "Senden"))


@T("html_form")
def html_form_2(c):
    p = c.person()
    return R(c, """<fieldset>
  <legend>{leg}</legend>
  <label>{nm}</label> <input name="name" value="{p.full}">
  <label>{st}</label> <input name="street" value="{p.street}">
  <label>{pc}</label> <input name="postcode" value="{p.zip}">
  <label>{tw}</label> <input name="city" value="{p.town}">
  <input type="hidden" name="client_ip" value="{ip}">
</fieldset>""", leg=c.L("Delivery address", "Lieferadresse"), nm=c.L("Name", "Name"), st=c.L("Street", "Straße"),
             pc=c.L("Postcode", "PLZ"), tw=c.L("Town", "Ort"), p=p, ip=c.ip() if c.chance(0.7) else c.ip6())


@T("html_form")
def html_form_3(c):
    rows = []
    for i in range(c.n(2, 5)):
        p = c.person()
        rows.append(R(c, "  <tr><td>{i}</td><td>{p.full}</td><td>{p.email}</td><td>{p.phone}</td><td>{ev}</td></tr>", i=str(i + 1), p=p,
                      ev=c.pick(c.L("first aid course", "Erste-Hilfe-Kurs"), c.L("fire warden training", "Brandschutzhelfer"), c.L("store tour", "Filialführung"))))
    return J("\n", ["<table>", R(c, "  <tr><th>#</th><th>{a}</th><th>{b}</th><th>{d}</th><th>{e}</th></tr>", a=c.L("Name", "Name"), b="E-Mail",
                                   d=c.L("Phone", "Telefon"), e=c.L("Session", "Termin"))] + rows + ["</table>"])


@T("html_form")
def html_form_4(c):
    p = c.person(bank=True)
    return R(c, """<div class="[[payment|checkout-pay|card-form]]">
  <label>{ch}</label><input name="cardholder" value="{p.full}">
  <label>{cn}</label><input name="cardnumber" value="{p.card}">
  <label>{ex}</label><input name="exp" value="{m}/{y}">
  <label>CVC</label><input name="cvc" value="***">[[
  <input type="hidden" name="order" value="{o}">|]][[
  <label>{rf}</label><input name="refund_iban" value="{p.iban}">|]]
</div>""", o=c.order_no(), ch=c.L("Cardholder", "Karteninhaber/in"), cn=c.L("Card number", "Kartennummer"), ex=c.L("Expiry", "Gültig bis"),
             rf=c.L("Refund IBAN", "IBAN für Erstattung"), p=p, m="%02d" % c.n(1, 12), y=str(c.n(26, 31)))


@T("html_form")
def html_form_5(c):
    p = c.person(cc="DE")
    return R(c, """<form id="[[onboarding|new-starter|payroll-de]]">
  <input name="given_name" value="{p.first}">
  <input name="family_name" value="{p.sur}">[[
  <input name="date_of_birth" value="{dob}">|
  <input name="store" value="{st}">|]]
  <input name="home_street" value="{p.street}">
  <input name="tax_id" value="{p.taxid}">
  <input name="salary_iban" value="{p.iban}">
  <input name="[[mobile|phone]]" value="{p.mobile}">[[
  <input name="tax_class" value="[[1|3|4]]">|]]
</form>""", p=p, dob=c.date_str(c.n(1960, 2007), fmt="iso"), st=c.pick(K.STORES["DE"]))


# ================================================================ ocr_scan
def ocr(c, s):
    """OCR noise on the form's own words (never inside values)."""
    subs = [("O", "0"), ("l", "1"), ("S", "5"), ("e", "c"), ("i", "l"), ("rn", "m"), ("m", "rn")]
    out = s
    for a, b in subs:
        if a in out and c.chance(0.35):
            idx = out.find(a)
            out = out[:idx] + b + out[idx + len(a):]
    return out


@T("ocr_scan")
def ocr_scan_1(c):
    p = c.person()
    L = lambda en, de: ocr(c, c.L(en, de))
    return R(c, """{h}
{a}: {p.full}
{b}: {p.addr}
{t}: {p.phone}
{o}: {on}
{r}: {why}
{s}: {p.init}""", h=L("RETURNS FORM", "RETOURENSCHEIN"), a=L("Name", "Name"), b=L("Address", "Anschrift"), t=L("Phone", "Telefon"),
             o=L("Order no", "Bestellnr"), on=c.order_no(), r=L("Reason", "Grund"), s=L("Signed", "Unterschrift"), p=p,
             why=c.pick(c.L("wrong size", "Größe passt nicht"), c.L("faulty zip", "Reißverschluss defekt"), c.L("changed my mind", "gefällt nicht")))


@T("ocr_scan")
def ocr_scan_2(c):
    p = c.person(bank=True)
    L = lambda en, de: ocr(c, c.L(en, de))
    return R(c, """{h}
{cr}: Talgrat Outdoor GmbH · {cid}
{dn}: {p.full}
{st}: {p.addr2}
IBAN: {p.iban}
{pl}: {tw}, {d}
{sg}: {p.full}""", tw=p.get("town", None, c), h=L("SEPA DIRECT DEBIT MANDATE", "SEPA-LASTSCHRIFTMANDAT"), cr=L("Creditor", "Zahlungsempfänger"),
             cid="DE98ZZZ0%s" % K.digits(c.rng, 9), dn=L("Debtor", "Kontoinhaber"), st=L("Address", "Anschrift"), p=p,
             pl=L("Place, date", "Ort, Datum"), d=c.date_str(fmt="num"), sg=L("Signature", "Unterschrift"))


@T("ocr_scan")
def ocr_scan_3(c):
    p = c.person(cc="DE")
    L = lambda en, de: ocr(c, c.L(en, de))
    return R(c, """{h}
{a}: {p.LF}
{b}: {dob}
{ti}: {p.taxid}
{ad}: {p.street}
{cl}: [[I|1|IV|III]]
{em}: Talgrat Outdoor GmbH""", h=L("PAYROLL QUESTIONNAIRE (German staff)", "PERSONALFRAGEBOGEN"), a=L("Surname, first name", "Name, Vorname"),
             b=L("Date of birth", "Geburtsdatum"), ti=L("Tax ID", "Steuer-ID"), ad=L("Home street", "Straße"), cl=L("Tax class", "Steuerklasse"),
             em=L("Employer", "Arbeitgeber"), p=p, dob=c.date_str(c.n(1960, 2006), fmt="num"))


@T("ocr_scan")
def ocr_scan_4(c):
    p = c.person()
    n = c.person()
    L = lambda en, de: ocr(c, c.L(en, de))
    return R(c, """{h} {dn}
{fr}: {p.full}
{ad}: {p.addr}
{rc}: {n.full}[[ ({nb})|]]
{sg}: {n.init}
{tm}: {d} {t}""", h=L("DELIVERY NOTE", "LIEFERSCHEIN"), dn=c.order_no(), fr=L("For", "Empfänger"), ad=L("Address", "Adresse"),
             rc=L("Received by", "Angenommen von"), nb=c.L("neighbour", "Nachbar/in"), sg=L("Signature", "Unterschrift"),
             tm=L("Time", "Zeit"), d=c.date_str(fmt="num"), t=c.time_str(), p=p, n=n)


@T("ocr_scan")
def ocr_scan_5(c):
    p = c.person()
    f = c.staff()
    L = lambda en, de: ocr(c, c.L(en, de))
    return R(c, """{h}
{dt}: {d}  {tm}: {t}
{inj}: {p.full}   {ph}: {p.phone}
{what}: {hw}
{fa}: {f.full}
{sg}: {f.init}""", h=L("ACCIDENT REPORT", "UNFALLMELDUNG"), dt=L("Date", "Datum"), d=c.date_str(fmt="num"), tm=L("Time", "Uhrzeit"),
             t=c.time_str(), inj=L("Injured", "Verletzte Person"), ph=L("Tel", "Tel"), what=L("What happened", "Hergang"),
             fa=L("First aider", "Ersthelfer"), sg=L("Sign", "Unterschrift"), p=p, f=f,
             hw=c.pick(c.L("slipped on wet floor at entrance", "Sturz auf nasser Fliese"), c.L("cut finger on display hook", "Schnitt an Regalhaken"), c.L("hit head on shelf", "Kopf am Regal gestoßen")))


# ================================================================ fire_drill_roll_call
@T("fire_drill_roll_call")
def fire_drill_1(c):
    rows = []
    for i in range(c.n(3, 8)):
        s = c.staff()
        rows.append(R(c, "| {s.full} | {area} | {st} | {note} |", s=s,
                      area=c.pick(c.L("shop floor", "Verkauf"), c.L("stockroom", "Lager"), c.L("office", "Büro"), c.L("tills", "Kasse"), c.L("workshop", "Werkstatt")),
                      st=c.pick("✔", "✔", "✔", "✘"), note=c.pick("", "", c.L("late out", "spät raus"), c.L("on break", "Pause"), c.L("off site", "extern"))))
    w = c.staff()
    head = R(c, "## {t} – {st} – {d}", t=c.L("Fire drill roll call", "Räumungsübung Anwesenheit"), st=c.store(), d=c.date_str(fmt="num"))
    tail = R(c, "{wl}: {w.full}, {w.mobile}", wl=c.L("Fire warden", "Brandschutzhelfer/in"), w=w)
    return J("\n", [head, "", c.L("| Name | Area | Out | Note |", "| Name | Bereich | Draußen | Notiz |"), "|---|---|---|---|"] + rows + ["", tail])


@T("fire_drill_roll_call")
def fire_drill_2(c):
    lines = [R(c, "{t} {st} {d} {tm}", t=c.L("ROLL CALL", "ANWESENHEIT"), st=c.store().upper(), d=c.date_str(fmt="num"), tm=c.ts("hm", 1, 5))]
    for i in range(c.n(3, 9)):
        s = c.staff()
        lines.append(R(c, "[{x}] {nm} ({r})", x=c.pick("x", "x", "x", " "), nm=s.get(c.pick("full", "LF", "init", "short"), None, c),
                       r=c.pick(c.L("sales floor", "Verkauf"), c.L("goods in", "Wareneingang"), c.L("till 2", "Kasse 2"), c.L("boot fitting", "Schuhanpassung"))))
    lines.append(c.L("Assembly point B (car park). All clear ", "Sammelplatz B (Parkplatz). Entwarnung ") + c.ts("hm", 240, 900))
    return J("\n", lines)


@T("fire_drill_roll_call")
def fire_drill_3(c):
    hdr = c.L("badge;surname;first name;area;status;time", "ausweis;nachname;vorname;bereich;status;zeit")
    rows = []
    for i in range(c.n(3, 8)):
        s = c.staff()
        rows.append(R(c, "{b};{s.sur};{s.first};{a};{st};{t}", b="B%04d" % c.n(1, 9999), s=s,
                      a=c.pick("VK", "LG", "BU", "KA"), st=c.pick("ok", "ok", "ok", c.L("missing", "fehlt")), t=c.ts("hm", 20, 90)))
    return J("\n", [hdr] + rows)


@T("fire_drill_roll_call")
def fire_drill_4(c):
    m = c.staff()
    miss = c.staff()
    vis = c.person()
    return R(c, """drill:
  store: {st}
  started: "{t1}"
  all_out: "{t2}"
  marshal:
    name: "{m.full}"
    phone: "{m.mobile}"
  missing:
    - name: "{miss.full}"
      found: "{t3}"
  visitors:
    - name: "{vis.full}"
      host: "{m.first}"
      phone: "{vis.phone}\"""", st=c.store(), t1=c.ts("hms", 1, 5), t2=c.ts("hms", 90, 300), t3=c.ts("hms", 30, 200), m=m, miss=miss, vis=vis)


@T("fire_drill_roll_call")
def fire_drill_5(c):
    hdr = c.L("In\tName\tCompany\tHost\tPhone\tOut", "Ein\tName\tFirma\tBesuch bei\tTelefon\tAus")
    rows = []
    host = c.staff()
    for i in range(c.n(2, 5)):
        v = c.person()
        rows.append(R(c, "{t}\t{v.full}\t{co}\t{h}\t{v.phone}\t{x}", t=c.ts("hm", 60, 1800), v=v, co=c.company() if c.chance(0.7) else "-",
                      h=host.get(c.pick("first", "sur", "init"), None, c), x=c.pick("✔", "✔", "?")))
    return J("\n", [c.L("VISITOR BOOK – evacuation check", "BESUCHERBUCH – Räumungskontrolle"), hdr] + rows)


# ================================================================ pos_journal
def bon_items(c):
    out = []
    for i in range(c.n(1, 3)):
        pr = c.rng.choice(K.PRODUCTS)
        out.append("%-9s %-28s %s" % (pr[2], (pr[0] if c.en else pr[1])[:28], c.price_of(pr)))
    return out


@T("pos_journal")
def pos_journal_1(c):
    p = c.person()
    lines = [R(c, "{st} · {k} {kn} · Bon {b} · {d} {t}", st=c.store().upper(), k=c.L("Till", "Kasse"), kn=str(c.n(1, 6)), b=str(c.n(1000, 99999)),
               d=c.date_str(fmt="num"), t=c.time_str())] + bon_items(c)
    lines.append(R(c, "{k}: {nm}", k=c.L("Member", "Kundenkarte"), nm=p.get(c.pick("LF", "full", "caps"), None, c)))
    lines.append(R(c, "{e}: {p.email}", e=c.L("E-receipt sent to", "E-Bon an"), p=p))
    lines.append(R(c, "{pay}: [[VISA|MC|EC|AMEX]] ****{l4}", pay=c.L("Paid", "Bezahlt"), l4="%04d" % c.n(0, 9999)))
    return J("\n", lines)


@T("pos_journal")
def pos_journal_2(c):
    p = c.person()
    s = c.staff()
    pr = c.prod()
    return R(c, """*** {ret} *** {d} {t} {k} {kn}
{it}
{rs}: {why}
{cu}: {p.full}, {p.phone}
{man}: {card}
{ap}: {s.init}
{tot}: -{pr}""", ret=c.L("RETURN", "RETOURE"), d=c.date_str(fmt="num"), t=c.time_str(), k=c.L("Till", "Kasse"), kn=str(c.n(1, 6)),
             it="%-9s %s" % (pr[2], c.pname(pr)), why=c.pick(c.L("faulty", "defekt"), c.L("wrong size", "falsche Größe"), c.L("changed mind", "gefällt nicht")),
             rs=c.L("Reason", "Grund"), cu=c.L("Customer", "Kunde"), p=p, man=c.L("Card keyed manually", "Karte manuell erfasst"),
             card=c.card(), ap=c.L("Approved", "Freigabe"), s=s, tot=c.L("Total", "Summe"), pr=c.price_of(pr))


@T("pos_journal")
def pos_journal_3(c):
    p = c.person()
    pr = c.prod()
    return R(c, """{h} #{no}
{cu}: {p.LF}
Tel: {p.phone}
{art}: {prod}, {sz}, {col}
{dep}: {dp}
{ab}: {d}""", h=c.L("SPECIAL ORDER", "KUNDENBESTELLUNG"), no=str(c.n(1000, 9999)), cu=c.L("Customer", "Kunde"), p=p,
             art=c.L("Item", "Artikel"), prod=c.pname(pr), sz=c.size(), col=c.pcolour(pr), dep=c.L("Deposit", "Anzahlung"), dp=c.price(10, 60),
             ab=c.L("Collect from", "Abholbereit ab"), d=c.date_str(fmt="num"))


@T("pos_journal")
def pos_journal_4(c):
    lines = [R(c, "Z-{b} {st} {d}", b=c.L("REPORT", "BERICHT"), st=c.store(), d=c.date_str(fmt="num"))]
    for i in range(c.n(2, 5)):
        a = c.staff()
        m = c.staff()
        ev = c.pick("VOID", "NO SALE", c.L("PRICE OVERRIDE", "PREISÄNDERUNG"), "REFUND", c.L("MANUAL CARD", "KARTE MANUELL"))
        extra = R(c, " PAN {cd}", cd=c.card()) if ev in ("MANUAL CARD", "KARTE MANUELL") else ""
        lines.append(R(c, "{t} {ev} {amt} {op}: {a.init} / {mg}: {m.sur}{x}", t=c.ts("hm", 300, 5000),
                       ev=ev, amt="-" if ev == "NO SALE" else c.price(), op=c.L("cashier", "Kasse"), a=a, mg=c.L("mgr", "Freig."), m=m, x=extra))
    lines.append(c.L("Float counted ", "Wechselgeld gezählt ") + c.price(150, 300))
    return J("\n", lines)


@T("pos_journal")
def pos_journal_5(c):
    p = c.person()
    return R(c, """{h}
{bn} {bno} / {d}
{to}: {p.full}
{p.addr2}
{vat}: {vid}
{it}""", h=c.L("INVOICE REQUEST (till)", "RECHNUNG AUF NAMEN (Kasse)"), bn="Bon", bno=str(c.n(1000, 99999)), d=c.date_str(fmt="num"),
             to=c.L("Invoice to", "Rechnung an"), p=p, vat=c.L("VAT no", "USt-IdNr."), vid=c.pick("DE%09d" % c.n(100000000, 999999999), "ATU%08d" % c.n(10000000, 99999999), "-"),
             it=bon_items(c)[0])


# ================================================================ route_manifest
@T("route_manifest")
def route_manifest_1(c):
    d = c.staff()
    lines = [R(c, "{h} {st} · {dt} · {dr}: {d.full} · {v} {pl}", h=c.L("ROUTE", "TOUR"), st=c.store(), dt=c.date_str(fmt="num"),
               dr=c.L("Driver", "Fahrer/in"), d=d, v=c.L("Van", "Transporter"), pl=c.pick("M-TG 412", "KE-TG 88", "I-TG 7", "LS24 TGO"))]
    for i in range(c.n(2, 5)):
        p = c.person(cc=c.home_cc())
        lines.append(R(c, "{i} {win}  {p.full} | {p.addr} | {p.phone} | {it}", i="%02d" % (i + 1), win=c.pick("08-10", "10-12", "12-14", "14-16"),
                       p=p, it=c.pick("1x Fernkamm 45+10", "2 Kartons", "1x Zelt (Retoure)", "Kaltkar L", c.L("boots for fitting", "Skischuhe"))))
    return J("\n", lines)


@T("route_manifest")
def route_manifest_2(c):
    hdr = c.L("stop,recipient,street,postcode,town,phone,note", "stopp,empfaenger,strasse,plz,ort,telefon,hinweis")
    rows = []
    for i in range(c.n(2, 6)):
        p = c.person(cc=c.home_cc())
        a = p.address()
        rows.append(R(c, "{i},{p.full},{st},{z},{t},{ph},{n}", i=str(i + 1), p=p, st=[Val("STREET_ADDRESS", a.street)] if "," not in a.street else ['"', Val("STREET_ADDRESS", a.street), '"'],
                      z=a.get("zip", None, c), t=q(c, a.town), ph=p.get("mobile", None, c),
                      n=c.pick("", c.L("ring twice", "2x klingeln"), c.L("leave with neighbour", "bei Nachbarn abgeben"), c.L("side door", "Hintereingang"))))
    return J("\n", [hdr] + rows)


@T("route_manifest")
def route_manifest_3(c):
    d = c.staff()
    stops = []
    for i in range(c.n(2, 3)):
        p = c.person(cc=c.home_cc())
        stops.append(R(c, '    {"seq": {i}, "name": "{p.full}", "address": "{p.addr}", "tel": "{p.phone}"}', i=str(i + 1), p=p))
    return J("\n", [R(c, '{\n  "route": "{r}",[[\n  "date": "{dt}",|]]\n  "driver": "{d.full}",\n  "[[driverPhone|driver_mobile|contact]]": "{d.mobile}",\n  "[[stops|deliveries]]": [', r="R-%d" % c.n(100, 999), d=d, dt=c.date_str(fmt="iso")),
                    J(",\n", stops), "  ]\n}"])


@T("route_manifest")
def route_manifest_4(c):
    p = c.person(cc=c.home_cc())
    return R(c, """{stp} {n} – {win}
{p.full}
{p.addr2}
Tel. {p.phone}
{it}: {items}[[
{nt}: {note}|]]""", stp=c.L("Stop", "Stopp"), n=str(c.n(1, 12)), win=c.pick("10:40–11:00", "13:15–13:45", "08:00–09:00"), p=p,
             it=c.L("Items", "Ware"), items=c.pick("2 colli", "1x Fernkamm 45+10", "3 Kartons Trittweg"), nt=c.L("Note", "Hinweis"),
             note=c.pick(c.L("customer works nights, call first", "Kundin arbeitet nachts, vorher anrufen"), c.L("dog in garden", "Hund im Garten")))


@T("route_manifest")
def route_manifest_5(c):
    rows = []
    for i in range(c.n(2, 5)):
        p = c.person(cc=c.home_cc())
        rows.append(R(c, "| {i} | {p.full} | {p.street} | {t} | {st} |", i=str(i + 1), p=p, t=p.address().town,
                      st=c.pick(c.L("delivered", "zugestellt"), c.L("not home", "nicht angetroffen"), c.L("refused", "verweigert"))))
    head = c.L("| # | Customer | Street | Town | Status |", "| # | Kunde | Straße | Ort | Status |")
    return J("\n", [c.L("Pickups and deliveries ", "Abholungen und Lieferungen ") + c.date_str(fmt="num"), "", head, "|---|---|---|---|---|"] + rows)


# ================================================================ mdm_inventory
def imei(c):
    def one():
        body = c.pick("35", "86", "01", "49") + K.digits(c.rng, 12)
        return body + K.luhn_digit(body)
    return c.safe(one)


@T("mdm_inventory")
def mdm_1(c):
    hdr = "device_id,model,owner,owner_email,number,last_ip,os"
    rows = []
    for i in range(c.n(2, 6)):
        s = c.staff()
        rows.append(R(c, '{d},{m},"{s.lf}",{s.email},{s.mobile},{ip},{os}', d="TG-%s-%04d" % (c.pick("IPH", "AND", "TAB"), c.n(1, 9999)),
                      m=c.pick("iPhone 13", "iPhone SE", "Galaxy A54", "Zebra TC52", "iPad 10"), s=s, ip=c.ip(c.pick("priv", "pub")),
                      os=c.pick("17.4.1", "16.7.8", "14.0.2", "13.1.0")))
    return J("\n", [hdr] + rows)


@T("mdm_inventory")
def mdm_2(c):
    s = c.staff()
    return R(c, """{
  "deviceName": "{dn}",
  "imei": "{im}",
  "wifiMac": "{mac}",
  "assignedUser": {"displayName": "{s.full}", "upn": "{s.email}"},
  "phoneNumber": "{s.mobile}",
  "lastSeenIp": "{ip}",
  "compliance": "{cp}"
}""", dn="%s-%s" % (c.store().upper()[:3], c.n(10, 99)), im=imei(c), mac=":".join("%02X" % c.n(0, 255) for _ in range(6)), s=s,
             ip=c.ip() if c.chance(0.6) else c.ip6(), cp=c.pick("compliant", "noncompliant", "inGracePeriod"))


@T("mdm_inventory")
def mdm_3(c):
    s = c.staff()
    it = c.staff()
    return R(c, """{h} {tk}
{dv}: {mod} ({tag})
{rep}: {s.full}, {s.mobile}
{last}: {ts} from {ip}
{act}: {a}
{by}: {it.email}""", h=c.L("LOST DEVICE", "GERÄT VERLOREN"), tk=c.ticket_no(), dv=c.L("Device", "Gerät"), mod=c.pick("iPhone 13", "Galaxy A54", "Zebra TC52"),
             tag="TG-%04d" % c.n(1, 9999), rep=c.L("Reported by", "Gemeldet von"), s=s, last=c.L("Last check-in", "Letzter Kontakt"),
             ts=c.ts("log"), ip=c.ip("pub"), act=c.L("Action", "Aktion"), a=c.pick(c.L("remote lock", "Fernsperre"), c.L("remote wipe", "Fernlöschung"), c.L("lost mode", "Verloren-Modus")), by=c.L("Handled by", "Bearbeitet von"), it=it)


@T("mdm_inventory")
def mdm_4(c):
    rows = []
    for i in range(c.n(2, 5)):
        s = c.staff()
        rows.append(R(c, "| TG-{t} | {m} | {s.full} | {d} | {s.init} |", t="%04d" % c.n(1, 9999), m=c.pick("iPhone SE", "Zebra TC52", "iPad 10", "Galaxy A54"), s=s, d=c.date_str(fmt="num")))
    return J("\n", [c.L("Handover log", "Übergabeprotokoll"), "", c.L("| Asset | Device | Handed to | Date | Signed |", "| Inventar | Gerät | Übergeben an | Datum | Kürzel |"), "|---|---|---|---|---|"] + rows)


@T("mdm_inventory")
def mdm_5(c):
    lines = []
    for i in range(c.n(3, 6)):
        s = c.staff()
        ev = c.pick("enroll", "checkin", "profile.install", "passcode.reset")
        lines.append(R(c, "{t} {ev} device=TG-{d} user={s.email} ip={ip}", t=c.ts("iso", 20, 4000), ev=ev, d="%04d" % c.n(1, 9999), s=s,
                       ip=c.ip(c.pick("priv", "pub")) if c.chance(0.8) else c.ip6("ula")))
    return J("\n", lines)


# ================================================================ esign_audit
def guid(c):
    h = lambda n: "".join(c.rng.choice("0123456789abcdef") for _ in range(n))
    return c.safe(lambda: "%s-%s-%s-%s-%s" % (h(8), h(4), h(4), h(4), h(12)))


@T("esign_audit")
def esign_1(c):
    p = c.person()
    hr = c.staff()
    doc = c.pick(c.L("Employment contract", "Arbeitsvertrag"), c.L("Internship agreement", "Praktikumsvertrag"), c.L("Ownership transfer", "Eigentumsübertragung"))
    lines = [R(c, "{e}: {g}", e=c.L("Envelope", "Umschlag"), g=guid(c)),
             R(c, "{dl}: {doc} – {p.full}", dl=c.L("Document", "Dokument"), doc=doc, p=p),
             R(c, "{sd}: {hr.full} <{hr.email}>", sd=c.L("Sender", "Absender"), hr=hr),
             R(c, "{t}  {ev1}  {hr.email}  {ip}", t=c.ts("log", 1, 60), ev1=c.L("Created", "Erstellt"), hr=hr, ip=c.ip("priv")),
             R(c, "{t}  {ev}  {p.email}", t=c.ts("log", 60, 3000), ev=c.L("Sent", "Gesendet"), p=p),
             R(c, "{t}  {ev}  {p.email}  {ip}", t=c.ts("log", 60, 9000), ev=c.L("Viewed", "Angesehen"), p=p, ip=c.ip("pub") if c.chance(0.6) else c.ip6()),
             R(c, "{t}  {ev}  {p.email}  {ip}", t=c.ts("log", 30, 900), ev=c.L("Signed", "Unterschrieben"), p=p, ip=c.ip("pub"))]
    if c.chance(0.5):
        lines.append(R(c, "{t}  {ev}", t=c.ts("log", 5, 60), ev=c.L("Completed", "Abgeschlossen")))
    return J("\n", lines)


@T("esign_audit")
def esign_2(c):
    p = c.person(cc="DE" if c.chance(0.5) else None, bank=True)
    t1, t1b, t2, t3 = c.ts("iso", 1, 60), c.ts("iso", 60, 3000), c.ts("iso", 30, 600), c.ts("iso", 20, 300)
    ff = ""
    r = c.rng.random()
    if r < 0.4 and p.cc == "DE":
        ff = R(c, ',\n  {"event": "form-field", "field": "tax_id", "value": "{p.taxid}"}', p=p)
    elif r < 0.6:
        ff = R(c, ',\n  {"event": "form-field", "field": "iban", "value": "{p.iban}"}', p=p)
    return R(c, """[[[
|{"envelope": "{g}", "events": [
]]  {"event": "recipient-sent", "email": "{p.email}", "at": "{t1}"},[[
  {"event": "recipient-viewed", "email": "{p.email}", "at": "{t1b}"},|]]
  {"event": "[[sms-auth|otp-verified|phone-auth]]", "phone": "{p.e164}", "at": "{t2}"},
  {"event": "recipient-signed", "name": "{p.full}", "ip": "{ip}", "at": "{t3}"}{ff}
[[]|]}]]""", g=guid(c), p=p, t1=t1, t1b=t1b, t2=t2, t3=t3, ip=c.ip() if c.chance(0.6) else c.ip6(), ff=ff)


@T("esign_audit")
def esign_3(c):
    a = c.person()
    b = c.staff()
    rows = [R(c, "| {a.full} | {a.email} | {r} | {t} | {ip} |", a=a, r=c.L("Signer", "Unterzeichner/in"), t=c.ts("log", 60, 9000), ip=c.ip()),
            R(c, "| {b.full} | {b.email} | {r} | {t} | {ip} |", b=b, r=c.L("Countersigner", "Gegenzeichnung"), t=c.ts("log", 60, 9000), ip=c.ip("priv"))]
    return J("\n", [c.L("Certificate of completion", "Abschlusszertifikat") + " " + guid(c)[:8].upper(), "",
                    c.L("| Name | E-mail | Role | Signed | IP |", "| Name | E-Mail | Rolle | Unterschrieben | IP |"), "|---|---|---|---|---|"] + rows)


@T("esign_audit")
def esign_4(c):
    p = c.person()
    return R(c, """{h}
{t1}  {l1} {p.full}
{t2}  {l2} {p.mobile}
{t3}  {l3}
{t4}  {l4} {ip}""", h=c.L("Signing log – rental agreement " + c.order_no(), "Signaturprotokoll – Mietvertrag " + c.order_no()),
             t1=c.ts("log", 1, 30), l1=c.L("invitation sent to", "Einladung an"), p=p, t2=c.ts("log", 60, 3000), l2=c.L("one-time code via SMS to", "Einmalcode per SMS an"),
             t3=c.ts("log", 30, 200), l3=c.L("code accepted", "Code bestätigt"), t4=c.ts("log", 10, 200), l4=c.L("signature applied from", "Unterschrift geleistet von"),
             ip=c.ip() if c.chance(0.7) else c.ip6())


@T("esign_audit")
def esign_5(c):
    hdr = "envelope;document;recipient;email;status;ip"
    rows = []
    for i in range(c.n(2, 5)):
        p = c.person()
        st = c.pick("completed", "sent", "declined", "completed")
        rows.append(R(c, "{g};{d};{p.full};{p.email};{st};{ip}", g=guid(c)[:13], d=c.pick("offer-letter", "contract", "nda", "transfer"), p=p, st=st,
                      ip=[c.ip()] if st != "sent" else "-"))
    return J("\n", [hdr] + rows)


# ================================================================ sms_gateway_log
def sms_text(c, p):
    return R(c, c.pick(c.L("Hi {p.first}, your order {o} is ready to collect in {st}.", "Hallo {p.first}, deine Bestellung {o} liegt in {st} zur Abholung bereit."),
                       c.L("{p.first}, your boot fitting is tomorrow at {t}. Reply STOP to opt out.", "{p.first}, dein Termin zur Schuhanpassung ist morgen um {t}."),
                       c.L("Your Talgrat code is {code}.", "Dein Talgrat-Code lautet {code}."),
                       c.L("Hi {p.first}, your store credit of {pr} expires on {d}.", "Hallo {p.first}, dein Guthaben von {pr} läuft am {d} ab.")),
             p=p, o=c.order_no(), st=c.store(), t=c.time_str(), code=str(c.n(100000, 999999)), pr=c.price(10, 80), d=c.date_str(fmt="num"))


@T("sms_gateway_log")
def sms_1(c):
    rows = []
    for i in range(c.n(2, 6)):
        p = c.person()
        rows.append(R(c, '{t},{p.e164},{tp},{st},"{msg}"', t=c.ts("iso", 5, 900), p=p, tp=c.pick("pickup", "fitting", "otp", "credit"),
                      st=c.pick("DELIVRD", "DELIVRD", "UNDELIV", "EXPIRED"), msg=sms_text(c, p)))
    return J("\n", ["timestamp,to,template,status,message"] + rows)


@T("sms_gateway_log")
def sms_2(c):
    p = c.person()
    st = c.pick("delivered", "delivered", "failed")
    return R(c, """{"messageId": "{mid}", "to": "{p.e164}", "from": "TALGRAT", "status": "{st}", "errorCode": {ec},
 "text": "{msg}", "doneAt": "{t}"}""", mid=guid(c), p=p, st=st, ec="0" if st == "delivered" else c.pick("1", "27", "34"), msg=sms_text(c, p), t=c.ts("iso"))


@T("sms_gateway_log")
def sms_3(c):
    lines = []
    for i in range(c.n(3, 6)):
        p = c.person()
        lines.append(R(c, '{t} SEND id={i} to={p.e164} sender=TALGRAT parts=1 text="{msg}"', t=c.ts("log", 1, 400), i=str(c.n(100000, 999999)), p=p, msg=sms_text(c, p)))
    return J("\n", lines)


@T("sms_gateway_log")
def sms_4(c):
    rows = []
    for i in range(c.n(2, 5)):
        p = c.person()
        rows.append(R(c, "| {p.mobile} | {nm} | {why} | {o} |", p=p, nm=p.get(c.pick("full", "LF", "init"), None, c),
                      why=c.pick(c.L("unknown subscriber", "Teilnehmer unbekannt"), c.L("phone switched off", "nicht erreichbar"), c.L("blocked by carrier", "vom Netz blockiert"), c.L("invalid number", "ungültige Nummer")), o=c.order_no()))
    return J("\n", [c.L("Failed SMS – last 24 h", "Fehlgeschlagene SMS – letzte 24 h"), "", c.L("| Number | Customer | Reason | Order |", "| Nummer | Kunde | Grund | Bestellung |"), "|---|---|---|---|"] + rows)


@T("sms_gateway_log")
def sms_5(c):
    lines = []
    for i in range(c.n(2, 4)):
        p = c.person()
        txt = c.pick(c.L("This is {p.first}, can I collect tomorrow instead?", "Hier ist {p.first}, kann ich auch morgen abholen?"), "STOP",
                     c.L("Wrong number, I am not {q}", "Falsche Nummer, ich bin nicht {q}"), c.L("Thanks! {p.first}", "Danke! {p.first}"))
        q = c.person() if "{q}" in txt else None
        lines.append(R(c, "{t} INBOUND from={p.e164} text=\"" + txt + "\"", t=c.ts("log", 30, 3000), p=p, q=q.get("first", None, c) if q else ""))
    return J("\n", lines)
