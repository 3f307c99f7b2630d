"""The 12 machine-layout genres of the thirty-third PII bank, held-out half,
shared by both languages.  Field names, comments and short phrases follow the
text's language where real systems would.  Templates return lists of pieces
(plain strings and labelled values)."""

import datetime

import pii33_held_core as C

R = C.Registry()
t = R.t
Lab = C.Lab


def q(v):
    """A JSON / TOML string value: quotes outside the label."""
    return ['"', v, '"']


def iso(g, with_time=True):
    d = g.next_date(3)
    if not with_time:
        return d.isoformat()
    g.clock = datetime.datetime(d.year, d.month, d.day, g.rng.randrange(6, 22), g.rng.randrange(60), g.rng.randrange(60))
    return g.clock.strftime("%Y-%m-%dT%H:%M:%SZ")


def tick(g):
    g.clock = g.clock + datetime.timedelta(seconds=g.rng.randrange(1, 400))
    return g.clock.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % g.rng.randrange(1000)


def upper_lab(lab):
    return Lab(lab.type, lab.value.upper())


# ------------------------------------------------------------------ sap_idoc_customer

def _docnum(g):
    return g.safe_digits(lambda: "%016d" % g.rng.randrange(10 ** 9, 10 ** 10))


def _idoc_head(g, mestyp="DEBMAS"):
    return ['<?xml version="1.0" encoding="UTF-8"?>\n<', mestyp, '07><IDOC BEGIN="1">\n',
            '<EDI_DC40 SEGMENT="1"><DOCNUM>', _docnum(g), '</DOCNUM><MESTYP>', mestyp, '</MESTYP><SNDPRN>TGSHOP</SNDPRN><CREDAT>',
            g.next_date(2).strftime("%Y%m%d"), '</CREDAT></EDI_DC40>\n']


@t("sap_idoc_customer")
def idoc1(g):
    p = g.person()
    kun = "%010d" % g.rng.randrange(100000, 999999)
    out = _idoc_head(g) + ['<E1KNA1M SEGMENT="1"><KUNNR>', kun, '</KUNNR><ANRED>', p.hon, '</ANRED>\n',
                           '<NAME1>', g.pick([p.full, p.up]), '</NAME1>\n<STRAS>', p.st, '</STRAS><PSTLZ>', p.addr.pc, '</PSTLZ><ORT01>',
                           p.addr.town_plain(), '</ORT01><LAND1>', p.country, '</LAND1>\n']
    if g.chance(0.7):
        out += ['<TELF1>', p.phone, '</TELF1>']
    if g.chance(0.6):
        out += ['<SMTP_ADDR>', p.email, '</SMTP_ADDR>']
    out += ['</E1KNA1M>\n</IDOC></DEBMAS07>']
    return out


@t("sap_idoc_customer")
def idoc2(g):
    p = g.person()
    club = g.pick(C.COMPANIES_PII)
    kun = "%010d" % g.rng.randrange(100000, 999999)
    return _idoc_head(g) + ['<E1KNA1M SEGMENT="1"><KUNNR>', kun, '</KUNNR><NAME1>', club, '</NAME1>\n',
                            '<STRAS>', p.st, '</STRAS><PSTLZ>', p.addr.pc, '</PSTLZ><ORT01>', p.addr.town_plain(), '</ORT01>\n',
                            '<E1KNVKM SEGMENT="1"><NAMEV>', p.first, '</NAMEV><NAME1>', p.last, '</NAME1><ABTNR>', g.pick(["0001", "0003", "0007"]),
                            '</ABTNR><TELF1>', p.phone, '</TELF1></E1KNVKM>\n', '</E1KNA1M>\n</IDOC></DEBMAS07>']


@t("sap_idoc_customer")
def idoc3(g):
    p = g.person(country=g.pick(["DE", "AT", "CH", "NL", "FR", "IT", "GB", "IE"]))
    h = g.relative(p) if g.chance(0.3) else p
    kun = "%010d" % g.rng.randrange(100000, 999999)
    return _idoc_head(g) + ['<E1KNA1M SEGMENT="1"><MSGFN>004</MSGFN><KUNNR>', kun, '</KUNNR><NAME1>', p.full, '</NAME1>\n',
                            '<E1KNBKM SEGMENT="1"><BANKS>', h.country if h.country != "US" else "GB", '</BANKS><IBAN>', h.ibanc, '</IBAN>\n',
                            '<KOINH>', g.pick([h.full, h.up]), '</KOINH></E1KNBKM>\n', '</E1KNA1M>\n</IDOC></DEBMAS07>']


@t("sap_idoc_customer")
def idoc4(g):
    p = g.person()
    return ["IDoc ", _docnum(g), "  DEBMAS07  ", g.L("status", "Status"), " 51\n",
            g.L("Application document not posted", "Anwendungsbeleg nicht gebucht"), "\n",
            g.L("Customer", "Debitor"), " ", str(g.rng.randrange(100000, 999999)), " ", g.pick([p.full, p.LF]), ":\n",
            "  ", g.L("street", "Straße"), " '", p.st, "' ", g.L("does not match postcode", "passt nicht zur PLZ"), " ", p.addr.pc, "\n",
            "  ", g.L("e-mail", "E-Mail"), " ", p.email, " ", g.L("already assigned to another customer", "bereits einem anderen Debitor zugeordnet"), "\n",
            g.L("Message no.", "Nachricht Nr."), " F2", str(g.rng.randrange(100, 999))]


# ------------------------------------------------------------------ pkpass_wallet_json

def _pass_head(g, kind):
    return ['{\n  "formatVersion": 1,\n  "passTypeIdentifier": "pass.', "de" if g.lang == "de" else "com", '.talgrat.', kind, '",\n',
            '  "serialNumber": "', g.member() if kind == "club" else g.order().replace("#", ""), '",\n',
            '  "organizationName": "Talgrat Outdoor",\n']


@t("pkpass_wallet_json")
def pk1(g):
    p = g.person()
    return _pass_head(g, "club") + ['  "storeCard": {\n    "primaryFields": [{"key": "member", "label": "', g.L("Member", "Mitglied"), '", "value": "', p.full, '"}],\n',
                                    '    "secondaryFields": [{"key": "points", "label": "', g.L("Points", "Punkte"), '", "value": "', str(g.rng.randrange(10, 5000)), '"}],\n',
                                    '    "backFields": [{"key": "email", "label": "E-Mail", "value": "', p.email, '"}]\n  }\n}']


@t("pkpass_wallet_json")
def pk2(g):
    p = g.person()
    st = g.store()
    return _pass_head(g, "event") + ['  "eventTicket": {\n    "primaryFields": [{"key": "event", "value": "', g.L("Opening ", "Eröffnung "), st.name, '"}],\n',
                                     '    "secondaryFields": [{"key": "guest", "label": "', g.L("Guest", "Gast"), '", "value": "', g.pick([p.full, p.up]), '"}],\n',
                                     '    "backFields": [{"key": "venue", "label": "', g.L("Venue", "Ort"), '", "value": "', st.a1, '"}]\n  },\n',
                                     '  "relevantDate": "', iso(g), '"\n}']


@t("pkpass_wallet_json")
def pk3(g):
    p = g.person()
    return _pass_head(g, "pickup") + ['  "generic": {\n    "primaryFields": [{"key": "name", "label": "', g.L("Collect as", "Abholung durch"), '", "value": "', g.pick([p.full, p.ini]), '"}],\n',
                                      '    "auxiliaryFields": [{"key": "phone", "label": "', g.L("Phone", "Telefon"), '", "value": "', p.phone, '"}],\n',
                                      '    "backFields": [{"key": "note", "value": "', g.L("Bring photo ID.", "Bitte Ausweis mitbringen."), '"}]\n  }\n}']


@t("pkpass_wallet_json")
def pk4(g):
    p = g.person()
    return _pass_head(g, "coupon") + ['  "coupon": {\n    "primaryFields": [{"key": "offer", "value": "', g.pick(["-15 %", "-20 %", "10 €"]), '"}],\n',
                                      '    "secondaryFields": [{"key": "holder", "label": "', g.L("Issued to", "Ausgestellt für"), '", "value": "', p.full, '"}],\n',
                                      '    "backFields": [{"key": "contact", "value": "', p.email, '"}, {"key": "terms", "value": "', g.L("Valid until ", "Gültig bis "), g.date(), '"}]\n  }\n}']


# ------------------------------------------------------------------ soap_address_request

def _soap(body):
    return ['<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:shp="urn:carrier:shipping:v3">\n',
            '<soapenv:Header/>\n<soapenv:Body>\n'] + body + ['</soapenv:Body>\n</soapenv:Envelope>']


@t("soap_address_request")
def soap1(g):
    p = g.person()
    return _soap(['<shp:CreateShipmentRequest><shp:Reference>', g.order().replace("#", ""), '</shp:Reference>\n',
                  '<shp:Receiver><shp:Name1>', g.pick([p.full, p.up]), '</shp:Name1>\n', '<shp:AddressLine1>', p.st, '</shp:AddressLine1>',
                  '<shp:PostalCode>', p.addr.pc, '</shp:PostalCode><shp:City>', p.addr.town_plain(), '</shp:City><shp:Country>', p.country, '</shp:Country>\n',
                  '<shp:Phone>', p.phone, '</shp:Phone><shp:Email>', p.email, '</shp:Email></shp:Receiver>\n',
                  '<shp:Weight unit="kg">', "%.1f" % g.rng.uniform(0.3, 9), '</shp:Weight></shp:CreateShipmentRequest>\n'])


@t("soap_address_request")
def soap2(g):
    p = g.person()
    a2 = g.make_address(p.country, town=p.addr.town)
    return _soap(['<shp:ValidateAddressResponse><shp:Status>', g.pick(["AMBIGUOUS", "CORRECTED"]), '</shp:Status>\n',
                  '<shp:Input><shp:Name1>', p.full, '</shp:Name1><shp:AddressLine1>', p.st, '</shp:AddressLine1></shp:Input>\n',
                  '<shp:Suggestion><shp:AddressLine1>', Lab("STREET_ADDRESS", a2.street_line()), '</shp:AddressLine1><shp:PostalCode>', a2.pc,
                  '</shp:PostalCode></shp:Suggestion>\n', '</shp:ValidateAddressResponse>\n'])


@t("soap_address_request")
def soap3(g):
    s = g.staff()
    st = g.store()
    return _soap(['<shp:PickupRequest><shp:Date>', iso(g, False), '</shp:Date><shp:ReadyTime>14:00</shp:ReadyTime>\n',
                  '<shp:Location><shp:Company>Talgrat Outdoor</shp:Company><shp:AddressLine1>', st.st, '</shp:AddressLine1><shp:PostalCode>',
                  st.addr.pc, '</shp:PostalCode><shp:City>', st.addr.town, '</shp:City></shp:Location>\n',
                  '<shp:Contact><shp:Name>', s.full, '</shp:Name><shp:Phone>', st.phone, '</shp:Phone><shp:Mobile>', s.mobile, '</shp:Mobile></shp:Contact>\n',
                  '</shp:PickupRequest>\n'])


@t("soap_address_request")
def soap4(g):
    p = g.person()
    return _soap(['<soapenv:Fault><faultcode>soapenv:Client</faultcode>\n',
                  '<faultstring>', g.L("Invalid notification address", "Ungültige Benachrichtigungsadresse"), ': ', p.email, '</faultstring>\n',
                  '<detail><shp:Receiver>', g.pick([p.full, p.lf]), '</shp:Receiver><shp:Reference>', g.order().replace("#", ""), '</shp:Reference></detail>\n',
                  '</soapenv:Fault>\n'])


# ------------------------------------------------------------------ python_traceback

def _tb_head(file, line, fn, code):
    return ['  File "', file, '", line ', str(line), ', in ', fn, '\n    ', code, '\n']


@t("python_traceback")
def py1(g):
    c = g.person()
    return ["Traceback (most recent call last):\n"] + _tb_head("/srv/shop/checkout/views.py", g.rng.randrange(80, 400), "submit_order", "send_confirmation(order, customer)") + \
        _tb_head("/srv/shop/mail/send.py", g.rng.randrange(20, 200), "send_confirmation", "smtp.sendmail(SENDER, [customer.email], msg.as_string())") + \
        ["smtplib.SMTPRecipientsRefused: {'", c.email, "': (550, b'5.1.1 ", g.pick(["mailbox unavailable", "user unknown"]), "')}\n",
         "customer = <Customer id=", str(g.rng.randrange(10000, 99999)), " name='", c.full, "'>"]


@t("python_traceback")
def py2(g):
    c = g.person()
    return ["Traceback (most recent call last):\n"] + _tb_head("/srv/shop/returns/refund.py", g.rng.randrange(40, 300), "create_refund", "bic = lookup_bic(payload['iban'])") + \
        ["KeyError: 'iban'\n", "Local variables:\n",
         "  payload = {'order': '", g.order().replace("#", ""), "', 'holder': '", c.full, "', 'IBAN': '", c.ibanc, "'}\n",
         "  user = '", c.email, "'\n", "  remote_addr = '", c.ip, "'"]


@t("python_traceback")
def py3(g):
    c = g.person()
    return [iso(g).replace("T", " ").replace("Z", ""), " ERROR shop.geo: ", g.L("geocoding failed", "Geokodierung fehlgeschlagen"), "\n",
            "Traceback (most recent call last):\n"] + _tb_head("/srv/shop/geo/client.py", g.rng.randrange(30, 150), "geocode", "raise GeocodeError(f\"no match for {query!r}\")") + \
        ["shop.geo.GeocodeError: no match for '", c.a1, "'\n", "request.META['REMOTE_ADDR'] = '", c.ip, "'"]


@t("python_traceback")
def py4(g):
    c = g.person()
    return ["Traceback (most recent call last):\n"] + _tb_head("/srv/shop/payments/debug.py", g.rng.randrange(10, 90), "authorise", "resp = gateway.authorise(card)") + \
        ["payments.GatewayError: 402 ", g.L("card declined", "Karte abgelehnt"), "\n",
         "card = {'holder': '", g.pick([c.up, c.full]), "', 'number': '", c.cardc, "', 'exp': '", "%02d/%02d" % (g.rng.randrange(1, 13), g.rng.randrange(26, 31)), "'}\n",
         "billing = {'street': '", c.st, "', 'zip': '", c.pc, "', 'phone': '", c.phone, "'}"]


@t("python_traceback")
def py5(g):
    p = g.person(country="DE")
    return ["Traceback (most recent call last):\n"] + _tb_head("/srv/payroll/export.py", g.rng.randrange(50, 250), "build_row", "row['steuer_id'] = validate_tax_id(emp.tax_id)") + \
        ["payroll.ValidationError: ", g.L("tax ID does not match the employee's date of birth", "Steuer-ID passt nicht zum Geburtsdatum"), "\n",
         "emp = Employee(id=", str(g.rng.randrange(100, 999)), ", name='", p.full, "', tax_id='", p.taxid, "', iban='", p.ibanc, "')"]


# ------------------------------------------------------------------ toml_store_config

@t("toml_store_config")
def toml1(g):
    st = g.store()
    m = g.staff()
    return ["# ", g.L("store settings", "Filialeinstellungen"), " – ", st.name, "\n[store]\n", 'id = "', str(g.rng.randrange(100, 999)), '"\n',
            'name = "', st.name, '"\n', "phone = "] + q(st.phone) + ["\naddress = "] + q(st.a1) + \
        ["\n\n[store.manager]\nname = "] + q(m.full) + ["\nemail = "] + q(m.email) + ["\nmobile = "] + q(m.mobile)


@t("toml_store_config")
def toml2(g):
    out = ["# ", g.L("key holders, call in this order", "Schlüsselträger, Reihenfolge der Alarmkette"), "\n"]
    for i in range(g.pick([2, 3])):
        s = g.staff()
        out += ["[[keyholders]]\nname = "] + q(g.pick([s.full, s.full, s.first])) + ["\nmobile = "] + q(s.mobile) + ["\n"]
    return out


@t("toml_store_config")
def toml3(g):
    st = g.store()
    s = g.staff()
    return ["[carrier.pickup]\n", 'account = "', str(g.rng.randrange(10 ** 6, 10 ** 7)), '"\n', "contact = "] + q(s.full) + \
        ["\nphone = "] + q(s.phone) + ["\nstreet = "] + q(st.st) + ['\npostcode = "', st.addr.pc, '"\ncity = "', st.addr.town, '"\n',
                                                                  "window = \"14:00-16:00\"\n", "# ", g.L("deputy", "Vertretung"), ": "] + [g.staff().full]


@t("toml_store_config")
def toml4(g):
    a, b = g.staff(), g.staff()
    return ["[alerts]\n", "recipients = [\n  "] + q(a.email) + [",  # ", a.full, "\n  "] + q(b.email) + [",\n]\n",
                                                                       "sms = "] + q(b.e164) + ["  # ", b.first, " (", g.L("weekend", "Wochenende"), ")\n",
                                                                                                 "threshold_eur = ", str(g.rng.randrange(50, 500))]


# ------------------------------------------------------------------ x509_certificate_text

def _serial(g):
    return ":".join("%02x" % g.rng.randrange(256) for _ in range(16))


def _validity(g):
    d = g.next_date(5)
    h, m = g.rng.randrange(24), g.rng.randrange(60)
    a = d.strftime("%b %d ") + "%02d:%02d:00 %d GMT" % (h, m, d.year)
    b = d.strftime("%b %d ") + "%02d:%02d:00 %d GMT" % (h, m, d.year + 1)
    return a.replace(" 0", "  ", 1) if a[4] == "0" else a, b.replace(" 0", "  ", 1) if b[4] == "0" else b


@t("x509_certificate_text")
def x1(g):
    s = g.staff()
    st = g.store()
    a, b = _validity(g)
    return ["Certificate:\n    Data:\n        Version: 3 (0x2)\n        Serial Number:\n            ", _serial(g), "\n",
            "        Issuer: C = ", g.country if g.country in ("DE", "AT", "CH", "GB", "IE", "US") else "DE", ", O = Talgrat Outdoor, CN = Talgrat Staff CA\n",
            "        Validity\n            Not Before: ", a, "\n            Not After : ", b, "\n",
            "        Subject: C = ", st.country, ", O = Talgrat Outdoor, OU = ", st.name, ", CN = ", s.full, ", emailAddress = ", s.email, "\n",
            "        X509v3 extensions:\n            X509v3 Subject Alternative Name:\n                email:", s.email]


@t("x509_certificate_text")
def x2(g):
    s = g.staff()
    return ["$ openssl req -in ", g.pick(["vpn", "smime", "client"]), "-", "%04d" % g.rng.randrange(10000), ".csr -noout -subject\n",
            "subject=C = ", g.country, ", O = Talgrat Outdoor, OU = ", g.pick(["Customer Service", "Warehouse", "Retail", "Finance"]), ", CN = ", s.full, "\n",
            "$ openssl req -in ", "req.csr -noout -text | grep -A1 'Alternative'\n", "            X509v3 Subject Alternative Name:\n                email:", s.email]


@t("x509_certificate_text")
def x3(g):
    out = ["$ ", g.L("# staff certificates expiring this month", "# Mitarbeiterzertifikate, die diesen Monat ablaufen"), "\n",
           "$ openssl ca -status ... | sort\n"]
    for i in range(g.rng.randrange(2, 5)):
        s = g.staff()
        out += ["V  ", g.next_date(4).strftime("%y%m%d"), "090000Z  ", "%04X" % g.rng.randrange(4096, 65535), "  /CN=", s.full, "/emailAddress=", s.email, "\n"]
    return out


@t("x509_certificate_text")
def x4(g):
    s = g.staff()
    a, b = _validity(g)
    return ["Subject: CN = ", g.pick([s.full, s.up]), ", OU = ", g.L("Customer Service", "Kundenservice"), ", O = Talgrat Outdoor, L = ", g.store().town, "\n",
            "Issuer: CN = Talgrat S/MIME CA\n", "Not Before: ", a, "\n", "Not After : ", b, "\n",
            "SHA256 Fingerprint=", ":".join("%02X" % g.rng.randrange(256) for _ in range(32)), "\n",
            "X509v3 Subject Alternative Name: email:", s.email] + ([", email:", g.shop_mail("service")] if g.chance(0.4) else []) + ["\n",
            "X509v3 Extended Key Usage: E-mail Protection"]


# ------------------------------------------------------------------ windows_event_xml

def _evt(g, eid, data):
    out = ['<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">\n<System><EventID>', str(eid),
           '</EventID><TimeCreated SystemTime="', iso(g).replace("Z", ".%07dZ" % g.rng.randrange(10 ** 7)), '"/><Computer>',
           g.pick(["DC01", "DC02", "TG-DC1", "SRV-AD1"]), '.talgrat.local</Computer></System>\n<EventData>\n']
    for k, v in data:
        out += ['<Data Name="', k, '">', v, '</Data>\n']
    out.append('</EventData>\n</Event>')
    return out


def _sam(g):
    return "u%05d" % g.rng.randrange(10000, 99999)


@t("windows_event_xml")
def ev1(g):
    s = g.staff()
    return _evt(g, 4720, [("SubjectUserName", "adm-" + _sam(g)), ("TargetUserName", _sam(g)), ("DisplayName", s.full),
                          ("UserPrincipalName", s.email), ("SubjectDomainName", "TALGRAT")])


@t("windows_event_xml")
def ev2(g):
    s = g.staff()
    return _evt(g, 4625, [("TargetUserName", s.email), ("Status", "0xc000006d"), ("SubStatus", "0xc000006a"),
                          ("WorkstationName", g.pick(["KASSE-02", "TILL-01", "LAPTOP-7F2K", "POS-3"])), ("IpAddress", g.ip()), ("IpPort", str(g.rng.randrange(1024, 65535)))])


@t("windows_event_xml")
def ev3(g):
    s = g.staff()
    return _evt(g, 4624, [("TargetUserName", _sam(g)), ("TargetDomainName", "TALGRAT"), ("LogonType", g.pick(["3", "10"])),
                          ("IpAddress", g.pick([g.ip(kind="priv", v6=False), s.ip])), ("LogonProcessName", "User32")]) + \
        ["\n<!-- ", g.L("logon by ", "Anmeldung von "), g.pick([s.full, s.ini]), " (", g.L("home office", "Homeoffice"), ") -->"]


@t("windows_event_xml")
def ev4(g):
    s = g.staff()
    return ["PS C:\\> Get-ADUser ", _sam(g), " -Properties DisplayName,EmailAddress,MobilePhone,StreetAddress\n\n",
            "DisplayName   : ", s.full, "\n", "EmailAddress  : ", s.email, "\n", "MobilePhone   : ", s.mobile, "\n",
            "StreetAddress : ", s.st, "\n", "Enabled       : True\n", "GivenName     : ", s.first, "\n", "Surname       : ", s.last]


# ------------------------------------------------------------------ openapi_examples_yaml

@t("openapi_examples_yaml")
def oa1(g):
    p = g.person()
    return ["components:\n  examples:\n    Customer", g.pick(["Example", "Sample", "Created"]), ":\n      summary: ", g.L("a customer", "ein Kunde"), "\n      value:\n",
            "        firstName: ", p.first, "\n        lastName: ", p.last, "\n        email: ", p.email, "\n        phone: \"", p.e164, "\"\n",
            "        address:\n          street: ", p.st, "\n          zip: \"", p.addr.pc, "\"\n          city: ", p.addr.town_plain()]


@t("openapi_examples_yaml")
def oa2(g):
    p = g.person(country=g.pick(["DE", "AT", "NL", "FR", "IT", "IE", "GB"]))
    return ["paths:\n  /refunds:\n    post:\n      requestBody:\n        content:\n          application/json:\n            example:\n",
            "              order: ", g.order().replace("#", ""), "\n              accountHolder: ", p.full, "\n              iban: ", p.ibanc, "\n",
            "              amount: ", "%.2f" % g.rng.uniform(10, 300), "\n              reason: ", g.pick(["return", "damaged", "goodwill"])]


@t("openapi_examples_yaml")
def oa3(g):
    p = g.person()
    return ["webhooks:\n  loginFailed:\n    post:\n      requestBody:\n        content:\n          application/json:\n            example:\n",
            "              event: login.failed\n              user: ", p.email, "\n              ip: ", p.ip, "\n              at: \"", iso(g), "\""]


@t("openapi_examples_yaml")
def oa4(g):
    p = g.person()
    return ["# ", g.L("TODO: replace with fake data before publishing", "TODO: vor Veröffentlichung durch Testdaten ersetzen"), "\n",
            "components:\n  examples:\n    PaymentRequest:\n      value:\n", "        holder: ", g.pick([p.up, p.full]), "\n",
            "        cardNumber: \"", p.cardc, "\"\n", "        expiry: \"", "%02d/%02d" % (g.rng.randrange(1, 13), g.rng.randrange(26, 31)), "\"\n",
            "        billingPhone: \"", p.phone, "\""]


# ------------------------------------------------------------------ mailmerge_csv

@t("mailmerge_csv")
def mm1(g):
    h = g.L("Salutation;First name;Last name;Street;Postcode;Town", "Anrede;Vorname;Nachname;Straße;PLZ;Ort")
    out = [h, "\n"]
    for i in range(g.rng.randrange(2, 5)):
        p = g.person()
        out += [p.hon, ";", p.first, ";", p.last, ";", p.st, ";", p.addr.pc, ";", p.addr.town_plain(), "\n"]
    return out


@t("mailmerge_csv")
def mm2(g):
    out = [g.L('"Name","Address","Letter"', '"Name","Anschrift","Brief"'), "\n"]
    for i in range(g.rng.randrange(2, 5)):
        p = g.person()
        out += ['"', g.pick([p.lf, p.LF, p.full]), '","', p.a1, '","', g.pick(["recall_24-117", "catalogue_optout", "voucher"]), '"\n']
    return out


@t("mailmerge_csv")
def mm3(g):
    out = [g.L("greeting\temail\tvoucher", "anrede_text\temail\tgutschein"), "\n"]
    for i in range(g.rng.randrange(2, 5)):
        p = g.person()
        if g.lang == "en":
            gr = g.pick([["Dear ", p.first], ["Dear ", p.hon, " ", p.last], ["Hi ", p.first]])
        else:
            gr = g.pick([["Liebe" + ("r" if p.gender == "m" else ""), " ", p.first], ["Sehr geehrte" + ("r" if p.gender == "m" else ""), " ", p.hon, " ", p.last],
                         ["Hallo ", p.first]])
        out += gr + ["\t", p.email, "\t", "V-%06d" % g.rng.randrange(10 ** 5, 10 ** 6), "\n"]
    return out


@t("mailmerge_csv")
def mm4(g):
    out = [g.L("id,given_name,family_name,mobile,consent_sms,notes", "id,vorname,nachname,mobil,einwilligung_sms,notiz"), "\n"]
    for i in range(g.rng.randrange(2, 5)):
        p = g.person()
        note = g.pick(["", g.L("moved", "umgezogen"), g.L("VIP", "Stammkunde"), g.L("no catalogue", "kein Katalog")])
        out += [str(g.rng.randrange(1000, 99999)), ",", p.first, ",", p.last, ",", p.mobile, ",", g.pick(["1", "0"]), ",", note, "\n"]
    return out


# ------------------------------------------------------------------ sqlite_cli_output

def _cell(v, w):
    s = v if isinstance(v, str) else v.value
    return [v, " " * (w - len(s))]


@t("sqlite_cli_output")
def sq1(g):
    rows = []
    for i in range(g.rng.randrange(2, 5)):
        p = g.person()
        rows.append([str(g.rng.randrange(100, 9999)), p.full, p.email])
    w = [max(len(x[k] if isinstance(x[k], str) else x[k].value) for x in rows + [["id", "name", "email"]]) for k in range(3)]
    line = lambda l, m, r: l + m.join("─" * (x + 2) for x in w) + r + "\n"
    out = ["sqlite> .mode box\nsqlite> SELECT id, name, email FROM customers WHERE ", g.L("newsletter = 1", "newsletter = 1"), " LIMIT 5;\n",
           line("┌", "┬", "┐"), "│ "]
    for k, hname in enumerate(["id", "name", "email"]):
        out += _cell(hname, w[k]) + [" │ " if k < 2 else " │\n"]
    out.append(line("├", "┼", "┤"))
    for r in rows:
        out.append("│ ")
        for k in range(3):
            out += _cell(r[k], w[k]) + [" │ " if k < 2 else " │\n"]
    out.append(line("└", "┴", "┘").rstrip("\n"))
    return out


@t("sqlite_cli_output")
def sq2(g):
    p = g.person()
    rid = str(g.rng.randrange(100, 9999))
    out = ["sqlite> .mode line\nsqlite> SELECT * FROM ", g.L("returns", "retouren"), " WHERE id = ", rid, ";\n"]
    fields = [("id", rid), ("customer", p.full), ("email", p.email), ("phone", p.phone),
              ("pickup_street", p.st), ("pickup_zip", p.pc), ("status", g.pick(["open", "collected", "refunded"]))]
    w = max(len(k) for k, v in fields)
    for k, v in fields:
        out += [" " * (w - len(k)) + k + " = ", v, "\n"]
    return out


@t("sqlite_cli_output")
def sq3(g):
    out = ["sqlite> .headers on\nsqlite> .mode column\nsqlite> SELECT name, ip, ts FROM logins ORDER BY ts DESC LIMIT 3;\n"]
    rows = []
    iso(g)
    for i in range(3):
        p = g.person()
        rows.append([g.pick([p.full, p.full, p.ini]), p.ip, tick(g)[:19].replace("T", " ")])
    rows.reverse()
    hd = ["name", "ip", "ts"]
    w = [max(len(x[k] if isinstance(x[k], str) else x[k].value) for x in rows + [hd]) for k in range(3)]
    for k in range(3):
        out += _cell(hd[k], w[k]) + ["  " if k < 2 else "\n"]
    out.append("  ".join("-" * x for x in w) + "\n")
    for r in rows:
        for k in range(3):
            out += _cell(r[k], w[k]) + ["  " if k < 2 else "\n"]
    return out


@t("sqlite_cli_output")
def sq4(g):
    out = ["sqlite> .mode list\nsqlite> SELECT id, first_name, last_name, iban FROM payouts WHERE paid = 0;\n"]
    for i in range(g.rng.randrange(2, 5)):
        p = g.person(country=g.pick(["DE", "AT", "CH", "NL", "FR", "IT", "GB", "IE"]))
        out += [str(g.rng.randrange(100, 9999)), "|", p.first, "|", p.last, "|", p.ibanc, "\n"]
    return out


@t("sqlite_cli_output")
def sq5(g):
    out = ["sqlite> .mode list\nsqlite> .separator \" | \"\nsqlite> SELECT name, steuer_id, iban FROM ", g.L("freelancers", "honorarkraefte"), " WHERE active = 1;\n"]
    for i in range(g.rng.randrange(2, 4)):
        p = g.person(country="DE")
        out += [g.pick([p.full, p.lf]), " | ", Lab("DE_TAX_ID", p.taxid.value.replace(" ", "")), " | ", p.ibanc, "\n"]
    return out


# ------------------------------------------------------------------ ndjson_app_log

@t("ndjson_app_log")
def nd1(g):
    out = []
    iso(g)
    for i in range(g.rng.randrange(2, 5)):
        p = g.person()
        out += ['{"ts":"', tick(g), '","level":"info","event":"', g.pick(["login", "login_failed", "password_reset"]), '","user":"', p.email,
                '","ip":"', p.ip, '"}\n']
    return out


@t("ndjson_app_log")
def nd2(g):
    p = g.person()
    iso(g)
    o = g.order().replace("#", "")
    return ['{"ts":"', tick(g), '","level":"info","event":"checkout.started","order":"', o, '","ip":"', p.ip, '"}\n',
            '{"ts":"', tick(g), '","level":"warn","event":"address.unverified","order":"', o, '","ship_name":"', p.full, '","ship_street":"', p.st,
            '","ship_zip":"', p.pc, '"}\n',
            '{"ts":"', tick(g), '","level":"info","event":"checkout.completed","order":"', o, '"}'] + \
        (['\n{"ts":"', tick(g), '","level":"debug","event":"gateway.request","order":"', o, '","pan":"', p.cardc, '"}'] if g.chance(0.4) else [])


@t("ndjson_app_log")
def nd3(g):
    p = g.person()
    iso(g)
    return ['{"ts":"', tick(g), '","svc":"newsletter","msg":"double opt-in sent","email":"', p.email, '","ip":"', p.ip, '"}\n',
            '{"ts":"', tick(g), '","svc":"newsletter","msg":"confirmed","email":"', p.email, '","ip":"', g.pick([p.ip, p.ip6]), '"}']


@t("ndjson_app_log")
def nd4(g):
    s = g.staff()
    c = g.person()
    iso(g)
    return ['{"ts":"', tick(g), '","svc":"support-tool","action":"view_customer","agent":"', s.email, '","customer_name":"', c.full,
            '"}\n', '{"ts":"', tick(g), '","svc":"support-tool","action":"reveal_phone","agent":"', s.email, '","value":"', c.phone, '"}\n',
            '{"ts":"', tick(g), '","svc":"support-tool","action":"note_added","agent":"', s.email, '","text":"', g.L("called back, ", "zurückgerufen, "),
            c.first, '"}']


# ------------------------------------------------------------------ mediawiki_table

def _wiki_head(g, title, cols):
    return ["== ", title, " ==\n", '{| class="wikitable"\n', "! ", " !! ".join(cols), "\n"]


@t("mediawiki_table")
def wk1(g):
    st = g.store()
    out = _wiki_head(g, g.L("Contacts ", "Kontakte ") + st.name, [g.L("Name", "Name"), g.L("Role", "Funktion"), g.L("Mobile", "Mobil")])
    for i in range(g.rng.randrange(2, 5)):
        s = g.staff()
        out += ["|-\n| ", s.full, " || ", g.pick([g.L("Store manager", "Filialleitung"), g.L("Deputy", "Stellvertretung"), g.L("Key holder", "Schlüssel"), g.L("Workshop", "Werkstatt")]),
                " || ", s.mobile, "\n"]
    out.append("|}")
    return out


@t("mediawiki_table")
def wk2(g):
    out = _wiki_head(g, g.L("Partner contacts", "Ansprechpartner Partner"), [g.L("Company", "Firma"), g.L("Contact", "Kontakt"), g.L("E-mail", "E-Mail")])
    for i in range(g.rng.randrange(2, 4)):
        p = g.person()
        out += ["|-\n| ", g.pick(C.COMPANIES_PII), " || ", p.full, " || [mailto:", p.email, " ", p.email, "]\n"]
    out.append("|}")
    return out


@t("mediawiki_table")
def wk3(g):
    out = [g.L("'''Helpers for the opening'''", "'''Helfer für die Eröffnung'''"), "\n", '{| class="wikitable"\n', "! ",
           " !! ".join([g.L("Time", "Zeit"), g.L("Who", "Wer"), g.L("Task", "Aufgabe")]), "\n"]
    for i in range(g.rng.randrange(2, 5)):
        s = g.staff()
        out += ["|-\n| ", g.time(), " || ", g.pick([s.first, s.full]), " || ", g.pick([g.L("door", "Einlass"), g.L("drinks", "Getränke"), g.L("raffle", "Verlosung"), g.L("photos", "Fotos")]), "\n"]
    out.append("|}")
    return out


@t("mediawiki_table")
def wk4(g):
    out = ["== ", g.L("Bulky deliveries this week", "Sperrgut-Lieferungen diese Woche"), " ==\n", '{| class="wikitable sortable"\n',
           "! ", g.L("Day", "Tag"), " !! ", g.L("Customer", "Kunde"), " !! ", g.L("Street", "Straße"), " !! ", g.L("Phone", "Telefon"), "\n"]
    for i in range(g.rng.randrange(2, 4)):
        p = g.person(country=g.country)
        out += ["|-\n| ", g.weekday(g.next_date(2)), " || ", g.pick([p.full, p.lf]), " || ", p.st, " || ", p.phone, "\n"]
    out.append("|}")
    return out
